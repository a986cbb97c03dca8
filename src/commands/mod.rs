//! The commands, one module each. Each turns its arguments into results and
//! failures through the classifier and hands them to `render`, writing to
//! the sinks of the `Context` it is given. They do not import one another.

pub mod completions;
pub mod explain;
pub mod list;
pub mod parse;
pub mod search;

use crate::catalog::messages;
use crate::classify::Filter;
use crate::context::Settings;
use crate::exit_codes::ExitStatus;
use crate::model::Failure;
use crate::sanitize::escape;

/// The filter `--provider` and `--family` ask for (`list`, `search`), or
/// the usage error naming the valid families.
fn family_filter(settings: &Settings, family: Option<&str>) -> Result<Filter, Failure> {
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
                &[("value", &escape(name)), ("list", &valid.join(", "))],
            );
            Err(Failure::new(ExitStatus::Usage, message))
        }
    }
}
