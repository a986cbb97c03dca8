//! The `ecode` binary: capture the environment once, hand over to the library,
//! turn its verdict into the exit status.

use std::process::ExitCode;

fn main() -> ExitCode {
    let env = ecode::env::Env::capture();
    ecode::app::main(std::env::args_os(), &env).into()
}
