
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'ecode' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'ecode'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'ecode' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Output language [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour [default: auto]: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: text]: json prints one object per result, one per line (JSON Lines)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Read codes as this provider''s only')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing; only the exit status speaks')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing; only the exit status speaks')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain one or more bare codes: 40409, -4, AuthFailure.SignatureExpire')
            [CompletionResult]::new('parse', 'parse', [CompletionResultType]::ParameterValue, 'Decode response bodies, curl transcripts, logs and SDK exception lines')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every code: code, provider, family, HTTP status, category, meaning')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Find codes whose code, family or text, in any of the four languages, holds every word')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the completion script for a shell: bash, zsh, fish, powershell, elvish')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff): ecode man > ecode.1')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecode;explain' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Output language [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour [default: auto]: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: text]: json prints one object per result, one per line (JSON Lines)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Read codes as this provider''s only')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing; only the exit status speaks')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing; only the exit status speaks')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecode;parse' {
            [CompletionResult]::new('--max-body', '--max-body', [CompletionResultType]::ParameterName, 'Refuse any single body (or line) larger than this: 64MiB, 512KiB, 1048576')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Output language [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour [default: auto]: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: text]: json prints one object per result, one per line (JSON Lines)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Read codes as this provider''s only')
            [CompletionResult]::new('--summary', '--summary', [CompletionResultType]::ParameterName, 'After the results, count them per code and per category')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing; only the exit status speaks')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing; only the exit status speaks')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecode;list' {
            [CompletionResult]::new('--family', '--family', [CompletionResultType]::ParameterName, 'Only this family: an NHN slug (volume, common, or its prefix 40) or a Tencent code''s first part (AuthFailure); any case')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Output language [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour [default: auto]: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: text]: json prints one object per result, one per line (JSON Lines)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Read codes as this provider''s only')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing; only the exit status speaks')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing; only the exit status speaks')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecode;search' {
            [CompletionResult]::new('--family', '--family', [CompletionResultType]::ParameterName, 'Only this family: an NHN slug (volume, common, or its prefix 40) or a Tencent code''s first part (AuthFailure); any case')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Output language [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour [default: auto]: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: text]: json prints one object per result, one per line (JSON Lines)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Read codes as this provider''s only')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing; only the exit status speaks')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing; only the exit status speaks')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecode;completions' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Output language [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour [default: auto]: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: text]: json prints one object per result, one per line (JSON Lines)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Read codes as this provider''s only')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing; only the exit status speaks')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing; only the exit status speaks')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecode;man' {
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Output language [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to colour [default: auto]: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format [default: text]: json prints one object per result, one per line (JSON Lines)')
            [CompletionResult]::new('--provider', '--provider', [CompletionResultType]::ParameterName, 'Read codes as this provider''s only')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for --format json')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing; only the exit status speaks')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing; only the exit status speaks')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'ecode;help' {
            [CompletionResult]::new('explain', 'explain', [CompletionResultType]::ParameterValue, 'Explain one or more bare codes: 40409, -4, AuthFailure.SignatureExpire')
            [CompletionResult]::new('parse', 'parse', [CompletionResultType]::ParameterValue, 'Decode response bodies, curl transcripts, logs and SDK exception lines')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every code: code, provider, family, HTTP status, category, meaning')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Find codes whose code, family or text, in any of the four languages, holds every word')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the completion script for a shell: bash, zsh, fish, powershell, elvish')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff): ecode man > ecode.1')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'ecode;help;explain' {
            break
        }
        'ecode;help;parse' {
            break
        }
        'ecode;help;list' {
            break
        }
        'ecode;help;search' {
            break
        }
        'ecode;help;completions' {
            break
        }
        'ecode;help;man' {
            break
        }
        'ecode;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
