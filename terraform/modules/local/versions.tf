terraform {
  # terraform_data is built in from 1.4; no provider at all.
  required_version = ">= 1.5.0"
}
