terraform {
  # Pure HCL: no provider.
  required_version = ">= 1.5.0"
}
