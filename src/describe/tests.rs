//! Descriptions in every language: families, phrases, notes, causes, the
//! clients that retry, and advice that always agrees with the category.

use super::*;
use crate::catalog::Provider;
use crate::classify::{Report, classify, classify_report};

fn d(code: &str, lang: Lang) -> Described {
    let catalog = Catalog::builtin();
    let c = classify(&catalog, code, None).unwrap();
    describe(&catalog, &c, lang)
}

#[test]
fn http_phrase_keeps_the_canonical_english() {
    let catalog = Catalog::builtin();
    assert_eq!(http_phrase(&catalog, 409, Lang::En), "409 Conflict");
    assert_eq!(http_phrase(&catalog, 409, Lang::Ko), "409 Conflict (충돌)");
    // Japanese and Chinese write the translation in full-width brackets.
    assert_eq!(http_phrase(&catalog, 409, Lang::Ja), "409 Conflict（競合）");
    assert_eq!(http_phrase(&catalog, 409, Lang::Zh), "409 Conflict（冲突）");
    assert_eq!(
        http_phrase(&catalog, 420, Lang::Ja),
        "420（未割り当てのステータス）"
    );
    assert!(http_phrase(&catalog, 420, Lang::En).starts_with("420 ("));
    assert_eq!(http_cell(&catalog, 409), "409 Conflict");
    assert_eq!(http_cell(&catalog, 420), "420");
}

#[test]
fn range_code_names_its_family_in_the_meaning() {
    let catalog = Catalog::builtin();
    let volume = catalog.nhn_family(40).unwrap();
    for lang in Lang::ALL {
        let x = d("40409", lang);
        let family = lang.pick(&volume.name);
        assert_eq!(x.family.as_deref(), Some(family));
        assert!(x.meaning.contains(family), "{lang:?}: {}", x.meaning);
        assert!(!x.meaning.contains('{'), "unfilled: {}", x.meaning);
        assert!(x.notes.is_empty());
    }
}

#[test]
fn notes_mark_what_is_inferred() {
    for lang in Lang::ALL {
        let inferred = d("10503", lang);
        let note = &inferred.notes[0];
        assert!(note.contains("503") && !note.contains('{'), "{note}");

        let sub = d("ResourceNotFound.InstanceNotFound", lang);
        let note = &sub.notes[0];
        assert!(note.contains("ResourceNotFound.InstanceNotFound"), "{note}");
        assert!(!note.contains('{'), "{note}");

        assert!(!d("MutexOperation.TaskRunning", lang).notes.is_empty());
        assert!(d("-4", lang).notes.is_empty());
        assert!(d("AuthFailure.SignatureExpire", lang).notes.is_empty());
    }
}

#[test]
fn fixed_codes_use_their_own_texts() {
    let catalog = Catalog::builtin();
    let entry = catalog.get(Provider::Nhn, "-4").unwrap();
    for lang in Lang::ALL {
        let x = d("-4", lang);
        assert_eq!(x.meaning, entry.meaning(lang).text);
        assert_eq!(
            Some(x.advice),
            entry.advice(lang).map(|a| a.text.into_owned())
        );
        assert_eq!(x.family.as_deref(), Some(lang.pick(&nhn::COMMON_FAMILY)));
        assert_eq!(x.http, None);
    }
    assert_eq!(d("20001", Lang::En).family.as_deref(), Some("Network API"));
}

fn body(report: &Report) -> Described {
    let catalog = Catalog::builtin();
    let c = classify_report(&catalog, report).unwrap();
    describe(&catalog, &c, Lang::En)
}

#[test]
fn a_cause_brings_its_advice_and_a_note() {
    let mut r = Report::new(Envelope::SdkLine, Some("FailedOperation.CvmCommon"));
    r.message = Some("CVM_COMMON_ERROR[ResourceUnavailable.InstanceType:sold out]");
    let x = body(&r);
    let (code, meaning) = x.cause.clone().unwrap();
    assert_eq!(code, "ResourceUnavailable.InstanceType");
    assert!(meaning.contains("instance type"), "{meaning}");
    assert!(
        x.advice.contains("Choose another availability zone"),
        "{}",
        x.advice
    );
    assert!(
        x.notes
            .iter()
            .any(|n| n.contains("ResourceUnavailable.InstanceType"))
    );
}

#[test]
fn a_state_word_overriding_a_base_gets_advice_of_its_own_category() {
    let x = body(&Report::new(
        Envelope::Tencent,
        Some("FailedOperation.InstanceLocked"),
    ));
    assert_eq!(x.category, "retry later");
    assert!(x.advice.contains("retry"), "{}", x.advice);
    assert_eq!(x.notes.len(), 2, "{:?}", x.notes);
}

#[test]
fn clients_that_retry_in_every_language() {
    assert_eq!(
        retried_by(Clients::Builtin(&["terraform", "go-sdk"]), Lang::En).unwrap(),
        "the Terraform provider (by default), the Go SDK (when its retry option is on)"
    );
    assert!(
        retried_by(Clients::Builtin(&["terraform", "python-sdk"]), Lang::Ja)
            .unwrap()
            .contains('、')
    );
    assert_eq!(retried_by(Clients::NONE, Lang::Ko), None);
}

#[test]
fn other_shapes_have_their_own_words() {
    let mut r = Report::new(Envelope::Nhn, Some("-1000"));
    r.transport_status = Some(503);
    let x = body(&r);
    assert!(
        x.meaning.contains("another NHN Cloud service"),
        "{}",
        x.meaning
    );
    assert!(x.notes[0].contains("503"), "{:?}", x.notes);
    let mut r = Report::new(Envelope::Nhn, Some("20001"));
    r.successful = Some(false);
    assert!(body(&r).notes[0].contains("Image, CDN"));
    let mut r = Report::new(Envelope::OpenStack, Some("itemNotFound"));
    r.api = Some(crate::classify::OpenStackApi::Compute);
    r.status = Some(404);
    let x = body(&r);
    assert_eq!(x.family.as_deref(), Some("Compute API (OpenStack)"));
    assert_eq!(x.http.as_deref(), Some("404 Not Found"));
    let mut r = Report::new(Envelope::HttpStatus, None);
    r.transport_status = Some(502);
    let x = body(&r);
    assert_eq!((x.provider, x.family.as_deref()), (None, None));
    assert!(x.meaning.contains("HTTP 502 Bad Gateway"), "{}", x.meaning);
}
