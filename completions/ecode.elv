
use builtin;
use str;

set edit:completion:arg-completer[ecode] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'ecode'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'ecode'= {
            cand --lang 'Output language [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --color 'When to colour [default: auto]: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)'
            cand --format 'Output format [default: text]: json prints one object per result, one per line (JSON Lines)'
            cand --provider 'Read codes as this provider''s only'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing; only the exit status speaks'
            cand --quiet 'Print nothing; only the exit status speaks'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand explain 'Explain one or more bare codes: 40409, -4, AuthFailure.SignatureExpire'
            cand parse 'Decode response bodies, curl transcripts, logs and SDK exception lines'
            cand list 'List every code: code, provider, family, HTTP status, category, meaning'
            cand search 'Find codes whose code, family or text, in any of the four languages, holds every word'
            cand completions 'Print the completion script for a shell: bash, zsh, fish, powershell, elvish'
            cand man 'Print the man page (roff): ecode man > ecode.1'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecode;explain'= {
            cand --lang 'Output language [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --color 'When to colour [default: auto]: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)'
            cand --format 'Output format [default: text]: json prints one object per result, one per line (JSON Lines)'
            cand --provider 'Read codes as this provider''s only'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing; only the exit status speaks'
            cand --quiet 'Print nothing; only the exit status speaks'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecode;parse'= {
            cand --max-body 'Refuse any single body (or line) larger than this: 64MiB, 512KiB, 1048576'
            cand --lang 'Output language [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --color 'When to colour [default: auto]: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)'
            cand --format 'Output format [default: text]: json prints one object per result, one per line (JSON Lines)'
            cand --provider 'Read codes as this provider''s only'
            cand --summary 'After the results, count them per code and per category'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing; only the exit status speaks'
            cand --quiet 'Print nothing; only the exit status speaks'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecode;list'= {
            cand --family 'Only this family: an NHN slug (volume, common, or its prefix 40) or a Tencent code''s first part (AuthFailure); any case'
            cand --lang 'Output language [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --color 'When to colour [default: auto]: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)'
            cand --format 'Output format [default: text]: json prints one object per result, one per line (JSON Lines)'
            cand --provider 'Read codes as this provider''s only'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing; only the exit status speaks'
            cand --quiet 'Print nothing; only the exit status speaks'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecode;search'= {
            cand --family 'Only this family: an NHN slug (volume, common, or its prefix 40) or a Tencent code''s first part (AuthFailure); any case'
            cand --lang 'Output language [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --color 'When to colour [default: auto]: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)'
            cand --format 'Output format [default: text]: json prints one object per result, one per line (JSON Lines)'
            cand --provider 'Read codes as this provider''s only'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing; only the exit status speaks'
            cand --quiet 'Print nothing; only the exit status speaks'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecode;completions'= {
            cand --lang 'Output language [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --color 'When to colour [default: auto]: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)'
            cand --format 'Output format [default: text]: json prints one object per result, one per line (JSON Lines)'
            cand --provider 'Read codes as this provider''s only'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing; only the exit status speaks'
            cand --quiet 'Print nothing; only the exit status speaks'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecode;man'= {
            cand --lang 'Output language [default: $ECODE_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else en]'
            cand --color 'When to colour [default: auto]: auto colours a terminal unless NO_COLOR is set (CLICOLOR_FORCE forces it)'
            cand --format 'Output format [default: text]: json prints one object per result, one per line (JSON Lines)'
            cand --provider 'Read codes as this provider''s only'
            cand --json 'Shorthand for --format json'
            cand -q 'Print nothing; only the exit status speaks'
            cand --quiet 'Print nothing; only the exit status speaks'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'ecode;help'= {
            cand explain 'Explain one or more bare codes: 40409, -4, AuthFailure.SignatureExpire'
            cand parse 'Decode response bodies, curl transcripts, logs and SDK exception lines'
            cand list 'List every code: code, provider, family, HTTP status, category, meaning'
            cand search 'Find codes whose code, family or text, in any of the four languages, holds every word'
            cand completions 'Print the completion script for a shell: bash, zsh, fish, powershell, elvish'
            cand man 'Print the man page (roff): ecode man > ecode.1'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'ecode;help;explain'= {
        }
        &'ecode;help;parse'= {
        }
        &'ecode;help;list'= {
        }
        &'ecode;help;search'= {
        }
        &'ecode;help;completions'= {
        }
        &'ecode;help;man'= {
        }
        &'ecode;help;help'= {
        }
    ]
    $completions[$command]
}
