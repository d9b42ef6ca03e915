terraform {
  # Pure HCL: no provider. 1.5 for the functions used here.
  required_version = ">= 1.5.0"
}
