//! The exit-status contract (SPEC "Exit status") and the categories a code
//! falls into. Owns the numbers and the precedence between them; nothing else
//! (what each status means, in four languages, is `catalog::help`'s).

use std::process::ExitCode;

/// What a code asks of the caller. Its exit status is the contract with scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    Ok,
    Fix,
    Permission,
    Retry,
    ContactAdmin,
}

impl Category {
    pub const ALL: [Category; 5] = [
        Category::Ok,
        Category::Fix,
        Category::Permission,
        Category::Retry,
        Category::ContactAdmin,
    ];

    /// The name used in JSON output and documentation.
    pub fn name(self) -> &'static str {
        match self {
            Category::Ok => "ok",
            Category::Fix => "fix",
            Category::Permission => "permission",
            Category::Retry => "retry",
            Category::ContactAdmin => "contact-admin",
        }
    }

    pub fn exit_status(self) -> ExitStatus {
        match self {
            Category::Ok => ExitStatus::Ok,
            Category::Fix => ExitStatus::Fix,
            Category::Permission => ExitStatus::Permission,
            Category::Retry => ExitStatus::Retry,
            Category::ContactAdmin => ExitStatus::ContactAdmin,
        }
    }
}

/// Every status ecode exits with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitStatus {
    Ok = 0,
    Fix = 1,
    Usage = 2,
    Permission = 3,
    Retry = 4,
    ContactAdmin = 5,
    Undecodable = 6,
    Io = 7,
}

impl ExitStatus {
    /// With several results the status is the first of 7, 6, 5, 3, 1, 4, 0
    /// that occurs: anything that needs a person outranks a retry.
    /// Usage (2) ends a run before any result, so it ranks above all.
    fn rank(self) -> u8 {
        match self {
            ExitStatus::Usage => 8,
            ExitStatus::Io => 7,
            ExitStatus::Undecodable => 6,
            ExitStatus::ContactAdmin => 5,
            ExitStatus::Permission => 4,
            ExitStatus::Fix => 3,
            ExitStatus::Retry => 2,
            ExitStatus::Ok => 1,
        }
    }

    /// The more urgent of two statuses.
    pub fn worst(self, other: ExitStatus) -> ExitStatus {
        if other.rank() > self.rank() {
            other
        } else {
            self
        }
    }

    pub fn code(self) -> u8 {
        self as u8
    }

    /// The kind name used in JSON error objects.
    pub fn name(self) -> &'static str {
        match self {
            ExitStatus::Ok => "ok",
            ExitStatus::Fix => "fix",
            ExitStatus::Usage => "usage",
            ExitStatus::Permission => "permission",
            ExitStatus::Retry => "retry",
            ExitStatus::ContactAdmin => "contact-admin",
            ExitStatus::Undecodable => "undecodable",
            ExitStatus::Io => "io",
        }
    }
}

impl From<ExitStatus> for ExitCode {
    fn from(status: ExitStatus) -> ExitCode {
        ExitCode::from(status.code())
    }
}

impl ExitStatus {
    /// Every status, in numeric order.
    pub const ALL: [ExitStatus; 8] = [
        ExitStatus::Ok,
        ExitStatus::Fix,
        ExitStatus::Usage,
        ExitStatus::Permission,
        ExitStatus::Retry,
        ExitStatus::ContactAdmin,
        ExitStatus::Undecodable,
        ExitStatus::Io,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_status_has_its_documented_number() {
        let table = [
            (ExitStatus::Ok, 0, "ok"),
            (ExitStatus::Fix, 1, "fix"),
            (ExitStatus::Usage, 2, "usage"),
            (ExitStatus::Permission, 3, "permission"),
            (ExitStatus::Retry, 4, "retry"),
            (ExitStatus::ContactAdmin, 5, "contact-admin"),
            (ExitStatus::Undecodable, 6, "undecodable"),
            (ExitStatus::Io, 7, "io"),
        ];
        for (status, code, name) in table {
            assert_eq!(status.code(), code);
            assert_eq!(status.name(), name);
            assert_eq!(ExitCode::from(status), ExitCode::from(code));
        }
    }

    #[test]
    fn all_is_every_status_in_order() {
        let codes: Vec<u8> = ExitStatus::ALL.iter().map(|s| s.code()).collect();
        assert_eq!(codes, [0, 1, 2, 3, 4, 5, 6, 7]);
    }

    #[test]
    fn categories_map_to_their_exit_status_by_name() {
        for cat in Category::ALL {
            assert_eq!(cat.exit_status().name(), cat.name());
        }
    }

    #[test]
    fn precedence_is_7_6_5_3_1_4_0() {
        use ExitStatus::*;
        let order = [Io, Undecodable, ContactAdmin, Permission, Fix, Retry, Ok];
        for (i, &higher) in order.iter().enumerate() {
            for &lower in &order[i..] {
                assert_eq!(higher.worst(lower), higher, "{higher:?} vs {lower:?}");
                assert_eq!(lower.worst(higher), higher, "{lower:?} vs {higher:?}");
            }
        }
    }
}
