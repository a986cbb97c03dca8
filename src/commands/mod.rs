//! The commands, one module each. Each turns its arguments into results and
//! failures through the classifier and hands them to `render`, writing to
//! the sinks of the `Context` it is given. They do not import one another.

pub mod catalog;
pub mod completions;
pub mod explain;
pub mod list;
pub mod parse;
pub mod search;

use crate::catalog::messages;
use std::io;

use crate::catalog::CatalogError;
use crate::catalog_files::ReadFailed;
use crate::classify::Filter;
use crate::context::Settings;
use crate::describe::catalog_problem;
use crate::exit_codes::ExitStatus;
use crate::lang::Lang;
use crate::model::Failure;
use crate::sanitize::{escape, quote};

/// The filter `--provider` and `--family` ask for (`list`, `search`), or
/// the usage error naming the valid families.
fn family_filter<'c>(settings: &Settings<'c>, family: Option<&str>) -> Result<Filter<'c>, Failure> {
    let provider = settings.provider;
    let Some(name) = family else {
        return Ok(Filter {
            provider,
            family: None,
        });
    };
    match settings.catalog.resolve_family(name, provider) {
        Ok(family) => Ok(Filter {
            provider,
            family: Some(family),
        }),
        Err(valid) => {
            let message = settings.lang.say(
                &messages::ERR_UNKNOWN_FAMILY,
                &[("value", &quote(name)), ("list", &valid.join(", "))],
            );
            Err(Failure::new(ExitStatus::Usage, message))
        }
    }
}

/// Why reading failed, in the user's language where ecode knows the cause.
pub(crate) fn io_reason(e: &io::Error, lang: Lang) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => lang.pick(&messages::IO_NOT_FOUND).to_string(),
        io::ErrorKind::PermissionDenied => lang.pick(&messages::IO_PERMISSION_DENIED).to_string(),
        io::ErrorKind::IsADirectory => lang.pick(&messages::IO_IS_A_DIRECTORY).to_string(),
        _ => e.to_string(),
    }
}

/// A user catalog that could not be loaded, as the failure to report: a bad
/// file is a usage error (exit 2), a file that cannot be read an I/O error
/// (exit 7).
pub(crate) fn catalog_failure(e: &anyhow::Error, lang: Lang) -> Failure {
    if let Some(bad) = e.downcast_ref::<CatalogError>() {
        return Failure::new(ExitStatus::Usage, catalog_problem(bad, lang)).at(bad.file.clone());
    }
    let file = e
        .downcast_ref::<ReadFailed>()
        .map(|r| r.0.clone())
        .unwrap_or_default();
    let reason = match e.root_cause().downcast_ref::<io::Error>() {
        Some(io) => io_reason(io, lang),
        None => e.root_cause().to_string(),
    };
    let message = lang.say(
        &messages::ERR_FILE_OPEN,
        &[("file", &escape(&file)), ("value", &reason)],
    );
    Failure::new(ExitStatus::Io, message).at(file)
}
