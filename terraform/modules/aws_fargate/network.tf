# The job's tasks accept no connection and reach only what egress_rules allow: by default HTTPS
# anywhere (sources, targets and AWS APIs) and everything within the VPC (its DNS resolver,
# endpoints and private sources).

data "aws_vpc" "this" {
  count = var.egress_rules == null ? 1 : 0

  id = var.vpc_id
}

locals {
  # Typed nulls, so the default rules have the type of egress_rules.
  no_port = tonumber(null)
  none    = tostring(null)
  egress_rules = var.egress_rules != null ? var.egress_rules : {
    https-ipv4 = {
      description                  = "HTTPS to sources, targets and AWS APIs"
      ip_protocol                  = "tcp"
      from_port                    = 443
      to_port                      = 443
      cidr_ipv4                    = "0.0.0.0/0"
      cidr_ipv6                    = local.none
      prefix_list_id               = local.none
      referenced_security_group_id = local.none
    }
    https-ipv6 = {
      description                  = "HTTPS to sources, targets and AWS APIs over IPv6"
      ip_protocol                  = "tcp"
      from_port                    = 443
      to_port                      = 443
      cidr_ipv4                    = local.none
      cidr_ipv6                    = "::/0"
      prefix_list_id               = local.none
      referenced_security_group_id = local.none
    }
    vpc = {
      description                  = "The VPC's own range: its DNS resolver, endpoints and private sources"
      ip_protocol                  = "-1"
      from_port                    = local.no_port
      to_port                      = local.no_port
      cidr_ipv4                    = data.aws_vpc.this[0].cidr_block
      cidr_ipv6                    = local.none
      prefix_list_id               = local.none
      referenced_security_group_id = local.none
    }
  }
}

resource "aws_security_group" "tasks" {
  #checkov:skip=CKV2_AWS_5:A batch job's tasks get this group from the job's state machine (RunTask's network configuration), which Checkov does not count as attaching it.
  name        = local.names.security_group
  description = "Dativo job ${local.prefix}: outbound only"
  vpc_id      = var.vpc_id

  tags = local.tags
}

#trivy:ignore:AVD-AWS-0104 HTTPS (443 only) to any address is the default: a job's sources and targets are on the internet; egress_rules narrows it to known ranges or prefix lists.
resource "aws_vpc_security_group_egress_rule" "this" {
  for_each = local.egress_rules

  security_group_id            = aws_security_group.tasks.id
  description                  = coalesce(each.value.description, each.key)
  ip_protocol                  = each.value.ip_protocol
  from_port                    = each.value.from_port
  to_port                      = each.value.to_port
  cidr_ipv4                    = each.value.cidr_ipv4
  cidr_ipv6                    = each.value.cidr_ipv6
  prefix_list_id               = each.value.prefix_list_id
  referenced_security_group_id = each.value.referenced_security_group_id

  tags = local.tags
}

# The all-traffic rules of earlier versions become the HTTPS rules in place, not replaced.
moved {
  from = aws_vpc_security_group_egress_rule.ipv4
  to   = aws_vpc_security_group_egress_rule.this["https-ipv4"]
}

moved {
  from = aws_vpc_security_group_egress_rule.ipv6
  to   = aws_vpc_security_group_egress_rule.this["https-ipv6"]
}
