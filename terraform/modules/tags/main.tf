# The tag conversion of CONTRACT §5, identical to src/tags/convert.ts (a test holds them
# together). Terraform normalises every string it builds to NFC, lowercases one character at a
# time and counts and cuts strings by grapheme cluster; the TypeScript side mirrors each step.

locals {
  merged = tomap(merge(
    var.default_tags,
    var.job_metadata,
    {
      managed_by     = "terraform"
      dativo_runtime = var.runtime_type
    },
  ))

  # Anything a GCP label may not hold becomes '_'. A label key must start with a lowercase
  # letter, and the google provider (5 and later) drops labels with an empty value: such tags
  # are left out.
  gcp_other     = "/[^\\p{Ll}\\p{Lo}\\p{N}_-]/"
  gcp_key_start = "^[\\p{Ll}\\p{Lo}]"
  gcp_max_chars = 63

  # PascalCase: each '_'-separated part starts upper-case when its first character is a-z.
  aws_keys = {
    for key in keys(local.merged) : key => join("", [
      for part in split("_", key) :
      "${can(regex("^[a-z]$", substr(part, 0, 1))) ? upper(substr(part, 0, 1)) : substr(part, 0, 1)}${substr(part, 1, -1)}"
    ])
  }
  azure_keys = { for key in keys(local.merged) : key => lower(replace(key, "_", "-")) }
  gcp_keys = {
    for key in keys(local.merged) : key => substr(replace(lower(key), local.gcp_other, "_"), 0, local.gcp_max_chars)
  }

  # Keys are visited in byte order; when two become the same cloud key the later one wins.
  aws_grouped   = { for key, value in local.merged : local.aws_keys[key] => value... }
  azure_grouped = { for key, value in local.merged : local.azure_keys[key] => value... }
  gcp_grouped = {
    for key, value in local.merged :
    local.gcp_keys[key] => substr(replace(lower(value), local.gcp_other, "_"), 0, local.gcp_max_chars)...
  }
}
