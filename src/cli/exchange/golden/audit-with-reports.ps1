# BCC Guard: Exchange Online mail flow rules, written by `bcc-guard exchange-rules` 1.0.0.
#
# Apply in Exchange Online PowerShell:   Connect-ExchangeOnline   then   .\bcc-guard-rules.ps1
# Safe to run again: an existing rule of the same name is updated, a missing one is created.
# Mode: Audit. Matches are written to message trace and the rule reports; nothing affects delivery.
# Run `bcc-guard exchange-rules --mode enforce` (or Set-TransportRule -Mode Enforce) when the results look right.
# Scope: mail from everyone in the organisation.
# Incident reports: sent to the GenerateIncidentReport address below.
#
# The rules:
#  1. BCC Guard - external mail without a stamp
#     Coverage meter: external mail from the organisation that carries no BCC Guard stamp, so the add-in never
#     checked it (a phone app, mail merge, another client, or the add-in failed to load).
#  2. BCC Guard - sent with Send Anyway
#     Override report: the add-in warned about exposed recipients and the sender chose Send Anyway (the stamp
#     says action=warn in enforce or warn-only mode).
#  3. BCC Guard - would have been blocked
#     Monitor-mode report: the add-in would have blocked this message in enforce mode and let it go because
#     the policy is in monitor mode (the stamp says action=block; mode=monitor).
#
# Not possible as a mail flow rule: a warning or moderation for a long To/Cc list. Transport rules have no
# condition on the number of recipients; only the add-in (and `bcc-guard audit`) can judge a list's size.
#
# To remove them:
#   Remove-TransportRule -Identity 'BCC Guard - external mail without a stamp' -Confirm:$false
#   Remove-TransportRule -Identity 'BCC Guard - sent with Send Anyway' -Confirm:$false
#   Remove-TransportRule -Identity 'BCC Guard - would have been blocked' -Confirm:$false
#
# The authors have not run this script against a real tenant: try it on one mailbox first (docs/ADMIN.md).

$ErrorActionPreference = 'Stop'

function Set-BccGuardRule {
  param([string] $Name, [hashtable] $Parameters)
  if (Get-TransportRule -Identity $Name -ErrorAction SilentlyContinue) {
    # A re-run with fewer options must also take the old ones off the rule.
    foreach ($clear in @('From', 'GenerateIncidentReport', 'IncidentReportContent')) {
      if (-not $Parameters.ContainsKey($clear)) { $Parameters[$clear] = $null }
    }
    Set-TransportRule -Identity $Name @Parameters
    Write-Host ('Updated rule: ' + $Name)
  } else {
    New-TransportRule -Name $Name @Parameters | Out-Null
    Write-Host ('Created rule: ' + $Name)
  }
}

Set-BccGuardRule -Name 'BCC Guard - external mail without a stamp' -Parameters @{
  FromScope = 'InOrganization'
  SentToScope = 'NotInOrganization'
  ExceptIfHeaderMatchesMessageHeader = 'X-BCC-Guard'
  ExceptIfHeaderMatchesPatterns = @('^v=1;')
  SetHeaderName = 'X-BCC-Guard-Coverage'
  SetHeaderValue = 'unchecked'
  SetAuditSeverity = 'Low'
  Mode = 'Audit'
  Comments = 'Coverage meter: external mail from the organisation that carries no BCC Guard stamp, so the add-in never checked it (a phone app, mail merge, another client, or the add-in failed to load). Written by bcc-guard exchange-rules 1.0.0. Organisation: Contoso.'
}

Set-BccGuardRule -Name 'BCC Guard - sent with Send Anyway' -Parameters @{
  FromScope = 'InOrganization'
  HeaderMatchesMessageHeader = 'X-BCC-Guard'
  HeaderMatchesPatterns = @('^v=1; action=warn; mode=(enforce|warn-only);', '^v=1; action=error; mode=(enforce|warn-only);')
  SetAuditSeverity = 'Medium'
  GenerateIncidentReport = 'compliance@contoso.com'
  IncidentReportContent = @('Sender', 'Recipients', 'CC', 'BCC', 'Subject', 'Severity', 'RuleDetections')
  Mode = 'Audit'
  Comments = 'Override report: the add-in warned about exposed recipients and the sender chose Send Anyway (the stamp says action=warn in enforce or warn-only mode). Written by bcc-guard exchange-rules 1.0.0. Organisation: Contoso.'
}

Set-BccGuardRule -Name 'BCC Guard - would have been blocked' -Parameters @{
  FromScope = 'InOrganization'
  HeaderMatchesMessageHeader = 'X-BCC-Guard'
  HeaderMatchesPatterns = @('^v=1; action=block; mode=monitor;')
  SetAuditSeverity = 'High'
  GenerateIncidentReport = 'compliance@contoso.com'
  IncidentReportContent = @('Sender', 'Recipients', 'CC', 'BCC', 'Subject', 'Severity', 'RuleDetections')
  Mode = 'Audit'
  Comments = 'Monitor-mode report: the add-in would have blocked this message in enforce mode and let it go because the policy is in monitor mode (the stamp says action=block; mode=monitor). Written by bcc-guard exchange-rules 1.0.0. Organisation: Contoso.'
}
