//! Who gets an account's Wrapped: its contacts, less the unsubscribed, the invalid addresses
//! and the duplicates, each counted so that `accounts.csv` can say why nobody was mailed.

use std::collections::{BTreeMap, BTreeSet};
use std::str::FromStr;

use crate::model::Contact;

/// The roles an email is written for, in the order their emails are listed. A contact with
/// another role reads the end users' email.
pub const ROLES: [&str; 4] = ["executive_sponsor", "champion", "admin", "end_user"];

/// One contact to mail.
#[derive(Debug, Clone, PartialEq)]
pub struct Recipient<'a> {
    pub contact: &'a Contact,
    /// The address as it will be mailed (trimmed).
    pub email: String,
    /// One of [`ROLES`].
    pub role: &'static str,
    /// The first word of the name ("Ana" of "Ana Souza"); empty when there is no name.
    pub first_name: String,
}

/// An account's recipients and the contacts left out, by reason.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Audience<'a> {
    /// In contact-id order.
    pub recipients: Vec<Recipient<'a>>,
    pub contacts: usize,
    pub unsubscribed: usize,
    pub invalid: usize,
    pub duplicate: usize,
}

/// The role a contact's email is written for.
pub fn email_role(role: &str) -> &'static str {
    let r = role.trim();
    ROLES
        .iter()
        .find(|x| **x == r)
        .copied()
        .unwrap_or("end_user")
}

/// Whether `email` is an address a mail server accepts: RFC 5321 syntax (lettre's parser),
/// and a domain with a dot (a bare `localhost` is a typo in a CRM, not a customer).
pub fn valid_address(email: &str) -> bool {
    let e = email.trim();
    lettre::Address::from_str(e).is_ok_and(|a| a.domain().contains('.'))
}

/// Chooses the recipients among `contacts`. An address is mailed at most once per account;
/// when any contact with an address unsubscribed, nobody with that address is mailed (the
/// person said no, whichever row it was).
pub fn audience(contacts: &[Contact]) -> Audience<'_> {
    let mut sorted: Vec<&Contact> = contacts.iter().collect();
    sorted.sort_by(|a, b| a.contact_id.cmp(&b.contact_id));
    let key = |c: &Contact| c.email.trim().to_lowercase();
    let refused: BTreeSet<String> = sorted
        .iter()
        .filter(|c| c.unsubscribed)
        .map(|c| key(c))
        .collect();
    let mut a = Audience {
        contacts: contacts.len(),
        ..Audience::default()
    };
    let mut seen: BTreeMap<String, ()> = BTreeMap::new();
    for c in sorted {
        if c.unsubscribed || refused.contains(&key(c)) {
            a.unsubscribed += 1;
        } else if !valid_address(&c.email) {
            a.invalid += 1;
        } else if seen.insert(key(c), ()).is_some() {
            a.duplicate += 1;
        } else {
            a.recipients.push(Recipient {
                contact: c,
                email: c.email.trim().to_string(),
                role: email_role(&c.role),
                first_name: c.name.split_whitespace().next().unwrap_or("").to_string(),
            });
        }
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(id: &str, email: &str, role: &str, unsubscribed: bool) -> Contact {
        Contact {
            contact_id: id.into(),
            name: format!("Name{id} Last"),
            email: email.into(),
            role: role.into(),
            locale: "en".into(),
            unsubscribed,
        }
    }

    #[test]
    fn unsubscribed_invalid_and_duplicate_addresses_are_left_out_and_counted() {
        let contacts = vec![
            c("5", "ana@acme.example", "champion", false),
            c("1", "ANA@acme.example ", "executive_sponsor", false),
            c("2", "bo@acme.example", "admin", true),
            c("3", "Bo@Acme.example", "end_user", false),
            c("4", "not an address", "end_user", false),
            c("6", "x@localhost", "end_user", false),
            c("7", "", "end_user", false),
            c("8", "dee@acme.example", "board member", false),
        ];
        let a = audience(&contacts);
        let ids: Vec<&str> = a
            .recipients
            .iter()
            .map(|r| r.contact.contact_id.as_str())
            .collect();
        // Contact 1 comes first by id, so the address is mailed as the sponsor's.
        assert_eq!(ids, ["1", "8"]);
        assert_eq!(a.recipients[0].email, "ANA@acme.example");
        assert_eq!(a.recipients[0].first_name, "Name1");
        assert_eq!(a.recipients[1].role, "end_user");
        // Bo unsubscribed under one row: the other row with his address is not mailed either.
        assert_eq!((a.unsubscribed, a.invalid, a.duplicate), (2, 3, 1));
        assert_eq!(a.contacts, 8);
    }

    #[test]
    fn nobody_to_mail() {
        assert_eq!(audience(&[]).recipients.len(), 0);
        let only_unsubscribed = vec![c("1", "a@b.example", "champion", true)];
        let a = audience(&only_unsubscribed);
        assert!(a.recipients.is_empty());
        assert_eq!(a.unsubscribed, 1);
    }
}
