complete --keep-order --exclusive --command ecode --arguments "(COMPLETE=fish ecode -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
