# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_ecode_global_optspecs
    string join \n lang= color= format= json q/quiet provider= h/help V/version
end

function __fish_ecode_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_ecode_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_ecode_using_subcommand
    set -l cmd (__fish_ecode_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c ecode -n "__fish_ecode_needs_command" -l lang -d 'Output language [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r -f -a "ko\t''
en\t''
ja\t''
zh\t''"
complete -c ecode -n "__fish_ecode_needs_command" -l color -d 'When to colour [default: auto]: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecode -n "__fish_ecode_needs_command" -l format -d 'Output format [default: text]: json prints one object per result, one per line (JSON Lines)' -r -f -a "text\t''
json\t''"
complete -c ecode -n "__fish_ecode_needs_command" -l provider -d 'Read codes as this provider\'s only' -r -f -a "nhn\t''
tencent\t''"
complete -c ecode -n "__fish_ecode_needs_command" -l json -d 'Shorthand for --format json'
complete -c ecode -n "__fish_ecode_needs_command" -s q -l quiet -d 'Print nothing; only the exit status speaks'
complete -c ecode -n "__fish_ecode_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecode -n "__fish_ecode_needs_command" -s V -l version -d 'Print version'
complete -c ecode -n "__fish_ecode_needs_command" -f -a "explain" -d 'Explain one or more bare codes: 40409, -4, AuthFailure.SignatureExpire'
complete -c ecode -n "__fish_ecode_needs_command" -f -a "parse" -d 'Decode response bodies, curl transcripts, logs and SDK exception lines'
complete -c ecode -n "__fish_ecode_needs_command" -f -a "list" -d 'List every code: code, provider, family, HTTP status, category, meaning'
complete -c ecode -n "__fish_ecode_needs_command" -f -a "search" -d 'Find codes whose code, family or text, in any of the four languages, holds every word'
complete -c ecode -n "__fish_ecode_needs_command" -f -a "completions" -d 'Print the completion script for a shell: bash, zsh, fish, powershell, elvish'
complete -c ecode -n "__fish_ecode_needs_command" -f -a "man" -d 'Print the man page (roff): ecode man > ecode.1'
complete -c ecode -n "__fish_ecode_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c ecode -n "__fish_ecode_using_subcommand explain" -l lang -d 'Output language [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r -f -a "ko\t''
en\t''
ja\t''
zh\t''"
complete -c ecode -n "__fish_ecode_using_subcommand explain" -l color -d 'When to colour [default: auto]: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecode -n "__fish_ecode_using_subcommand explain" -l format -d 'Output format [default: text]: json prints one object per result, one per line (JSON Lines)' -r -f -a "text\t''
json\t''"
complete -c ecode -n "__fish_ecode_using_subcommand explain" -l provider -d 'Read codes as this provider\'s only' -r -f -a "nhn\t''
tencent\t''"
complete -c ecode -n "__fish_ecode_using_subcommand explain" -l json -d 'Shorthand for --format json'
complete -c ecode -n "__fish_ecode_using_subcommand explain" -s q -l quiet -d 'Print nothing; only the exit status speaks'
complete -c ecode -n "__fish_ecode_using_subcommand explain" -s h -l help -d 'Print help'
complete -c ecode -n "__fish_ecode_using_subcommand explain" -s V -l version -d 'Print version'
complete -c ecode -n "__fish_ecode_using_subcommand parse" -l max-body -d 'Refuse any single body (or line) larger than this: 64MiB, 512KiB, 1048576' -r
complete -c ecode -n "__fish_ecode_using_subcommand parse" -l lang -d 'Output language [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r -f -a "ko\t''
en\t''
ja\t''
zh\t''"
complete -c ecode -n "__fish_ecode_using_subcommand parse" -l color -d 'When to colour [default: auto]: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecode -n "__fish_ecode_using_subcommand parse" -l format -d 'Output format [default: text]: json prints one object per result, one per line (JSON Lines)' -r -f -a "text\t''
json\t''"
complete -c ecode -n "__fish_ecode_using_subcommand parse" -l provider -d 'Read codes as this provider\'s only' -r -f -a "nhn\t''
tencent\t''"
complete -c ecode -n "__fish_ecode_using_subcommand parse" -l summary -d 'After the results, count them per code and per category'
complete -c ecode -n "__fish_ecode_using_subcommand parse" -l json -d 'Shorthand for --format json'
complete -c ecode -n "__fish_ecode_using_subcommand parse" -s q -l quiet -d 'Print nothing; only the exit status speaks'
complete -c ecode -n "__fish_ecode_using_subcommand parse" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecode -n "__fish_ecode_using_subcommand parse" -s V -l version -d 'Print version'
complete -c ecode -n "__fish_ecode_using_subcommand list" -l family -d 'Only this family: an NHN slug (volume, common, or its prefix 40) or a Tencent code\'s first part (AuthFailure); any case' -r -f -a "common\t''
instance\t''
api\t''
availability-zone\t''
key-pair\t''
network\t''
subnet\t''
floating-ip\t''
load-balancer\t''
security-group\t''
image\t''
volume\t''
token\t''
ActionOffline\t''
AuthFailure\t''
DryRunOperation\t''
FailedOperation\t''
InternalError\t''
InvalidAction\t''
InvalidParameter\t''
InvalidParameterValue\t''
InvalidRequest\t''
IpInBlacklist\t''
IpNotInWhitelist\t''
LimitExceeded\t''
MissingParameter\t''
NoSuchProduct\t''
NoSuchVersion\t''
RequestLimitExceeded\t''
RequestSizeLimitExceeded\t''
ResourceInUse\t''
ResourceInsufficient\t''
ResourceNotFound\t''
ResourceUnavailable\t''
ResponseSizeLimitExceeded\t''
ServiceUnavailable\t''
UnauthorizedOperation\t''
UnknownParameter\t''
UnsupportedOperation\t''
UnsupportedProtocol\t''
UnsupportedRegion\t''
ClientError\t''
ClientNetworkError\t''
ClientParamsError\t''
ClientSideError\t''
InvalidCredential\t''
NetworkError\t''
ServerNetworkError\t''
ServerSideError\t''
ServiceNetworkError\t''
OperationDenied\t''
ResourceBusy\t''
api-2.0\t''"
complete -c ecode -n "__fish_ecode_using_subcommand list" -l lang -d 'Output language [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r -f -a "ko\t''
en\t''
ja\t''
zh\t''"
complete -c ecode -n "__fish_ecode_using_subcommand list" -l color -d 'When to colour [default: auto]: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecode -n "__fish_ecode_using_subcommand list" -l format -d 'Output format [default: text]: json prints one object per result, one per line (JSON Lines)' -r -f -a "text\t''
json\t''"
complete -c ecode -n "__fish_ecode_using_subcommand list" -l provider -d 'Read codes as this provider\'s only' -r -f -a "nhn\t''
tencent\t''"
complete -c ecode -n "__fish_ecode_using_subcommand list" -l json -d 'Shorthand for --format json'
complete -c ecode -n "__fish_ecode_using_subcommand list" -s q -l quiet -d 'Print nothing; only the exit status speaks'
complete -c ecode -n "__fish_ecode_using_subcommand list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecode -n "__fish_ecode_using_subcommand list" -s V -l version -d 'Print version'
complete -c ecode -n "__fish_ecode_using_subcommand search" -l family -d 'Only this family: an NHN slug (volume, common, or its prefix 40) or a Tencent code\'s first part (AuthFailure); any case' -r -f -a "common\t''
instance\t''
api\t''
availability-zone\t''
key-pair\t''
network\t''
subnet\t''
floating-ip\t''
load-balancer\t''
security-group\t''
image\t''
volume\t''
token\t''
ActionOffline\t''
AuthFailure\t''
DryRunOperation\t''
FailedOperation\t''
InternalError\t''
InvalidAction\t''
InvalidParameter\t''
InvalidParameterValue\t''
InvalidRequest\t''
IpInBlacklist\t''
IpNotInWhitelist\t''
LimitExceeded\t''
MissingParameter\t''
NoSuchProduct\t''
NoSuchVersion\t''
RequestLimitExceeded\t''
RequestSizeLimitExceeded\t''
ResourceInUse\t''
ResourceInsufficient\t''
ResourceNotFound\t''
ResourceUnavailable\t''
ResponseSizeLimitExceeded\t''
ServiceUnavailable\t''
UnauthorizedOperation\t''
UnknownParameter\t''
UnsupportedOperation\t''
UnsupportedProtocol\t''
UnsupportedRegion\t''
ClientError\t''
ClientNetworkError\t''
ClientParamsError\t''
ClientSideError\t''
InvalidCredential\t''
NetworkError\t''
ServerNetworkError\t''
ServerSideError\t''
ServiceNetworkError\t''
OperationDenied\t''
ResourceBusy\t''
api-2.0\t''"
complete -c ecode -n "__fish_ecode_using_subcommand search" -l lang -d 'Output language [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r -f -a "ko\t''
en\t''
ja\t''
zh\t''"
complete -c ecode -n "__fish_ecode_using_subcommand search" -l color -d 'When to colour [default: auto]: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecode -n "__fish_ecode_using_subcommand search" -l format -d 'Output format [default: text]: json prints one object per result, one per line (JSON Lines)' -r -f -a "text\t''
json\t''"
complete -c ecode -n "__fish_ecode_using_subcommand search" -l provider -d 'Read codes as this provider\'s only' -r -f -a "nhn\t''
tencent\t''"
complete -c ecode -n "__fish_ecode_using_subcommand search" -l json -d 'Shorthand for --format json'
complete -c ecode -n "__fish_ecode_using_subcommand search" -s q -l quiet -d 'Print nothing; only the exit status speaks'
complete -c ecode -n "__fish_ecode_using_subcommand search" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c ecode -n "__fish_ecode_using_subcommand search" -s V -l version -d 'Print version'
complete -c ecode -n "__fish_ecode_using_subcommand completions" -l lang -d 'Output language [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r -f -a "ko\t''
en\t''
ja\t''
zh\t''"
complete -c ecode -n "__fish_ecode_using_subcommand completions" -l color -d 'When to colour [default: auto]: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecode -n "__fish_ecode_using_subcommand completions" -l format -d 'Output format [default: text]: json prints one object per result, one per line (JSON Lines)' -r -f -a "text\t''
json\t''"
complete -c ecode -n "__fish_ecode_using_subcommand completions" -l provider -d 'Read codes as this provider\'s only' -r -f -a "nhn\t''
tencent\t''"
complete -c ecode -n "__fish_ecode_using_subcommand completions" -l json -d 'Shorthand for --format json'
complete -c ecode -n "__fish_ecode_using_subcommand completions" -s q -l quiet -d 'Print nothing; only the exit status speaks'
complete -c ecode -n "__fish_ecode_using_subcommand completions" -s h -l help -d 'Print help'
complete -c ecode -n "__fish_ecode_using_subcommand completions" -s V -l version -d 'Print version'
complete -c ecode -n "__fish_ecode_using_subcommand man" -l lang -d 'Output language [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]' -r -f -a "ko\t''
en\t''
ja\t''
zh\t''"
complete -c ecode -n "__fish_ecode_using_subcommand man" -l color -d 'When to colour [default: auto]: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)' -r -f -a "auto\t''
always\t''
never\t''"
complete -c ecode -n "__fish_ecode_using_subcommand man" -l format -d 'Output format [default: text]: json prints one object per result, one per line (JSON Lines)' -r -f -a "text\t''
json\t''"
complete -c ecode -n "__fish_ecode_using_subcommand man" -l provider -d 'Read codes as this provider\'s only' -r -f -a "nhn\t''
tencent\t''"
complete -c ecode -n "__fish_ecode_using_subcommand man" -l json -d 'Shorthand for --format json'
complete -c ecode -n "__fish_ecode_using_subcommand man" -s q -l quiet -d 'Print nothing; only the exit status speaks'
complete -c ecode -n "__fish_ecode_using_subcommand man" -s h -l help -d 'Print help'
complete -c ecode -n "__fish_ecode_using_subcommand man" -s V -l version -d 'Print version'
complete -c ecode -n "__fish_ecode_using_subcommand help; and not __fish_seen_subcommand_from explain parse list search completions man help" -f -a "explain" -d 'Explain one or more bare codes: 40409, -4, AuthFailure.SignatureExpire'
complete -c ecode -n "__fish_ecode_using_subcommand help; and not __fish_seen_subcommand_from explain parse list search completions man help" -f -a "parse" -d 'Decode response bodies, curl transcripts, logs and SDK exception lines'
complete -c ecode -n "__fish_ecode_using_subcommand help; and not __fish_seen_subcommand_from explain parse list search completions man help" -f -a "list" -d 'List every code: code, provider, family, HTTP status, category, meaning'
complete -c ecode -n "__fish_ecode_using_subcommand help; and not __fish_seen_subcommand_from explain parse list search completions man help" -f -a "search" -d 'Find codes whose code, family or text, in any of the four languages, holds every word'
complete -c ecode -n "__fish_ecode_using_subcommand help; and not __fish_seen_subcommand_from explain parse list search completions man help" -f -a "completions" -d 'Print the completion script for a shell: bash, zsh, fish, powershell, elvish'
complete -c ecode -n "__fish_ecode_using_subcommand help; and not __fish_seen_subcommand_from explain parse list search completions man help" -f -a "man" -d 'Print the man page (roff): ecode man > ecode.1'
complete -c ecode -n "__fish_ecode_using_subcommand help; and not __fish_seen_subcommand_from explain parse list search completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
