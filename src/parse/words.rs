//! A search for a few short words at once, in one pass: Teddy, the SIMD
//! searcher ripgrep uses for its literals, where the CPU has it, and the
//! general automaton, a byte at a time, where it does not. Pure.

pub enum Words {
    Packed(aho_corasick::packed::Searcher),
    Automaton(aho_corasick::AhoCorasick),
}

impl Words {
    pub fn new(words: &[&str]) -> Words {
        match aho_corasick::packed::Searcher::new(words) {
            Some(teddy) => Words::Packed(teddy),
            None => Words::Automaton(
                aho_corasick::AhoCorasick::new(words).expect("a handful of short words"),
            ),
        }
    }

    /// Where the first of the words to occur in `bytes` starts.
    pub fn find(&self, bytes: &[u8]) -> Option<usize> {
        match self {
            Words::Packed(teddy) => teddy.find(bytes).map(|m| m.start()),
            Words::Automaton(ac) => ac.find(bytes).map(|m| m.start()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_word_to_occur_is_found_whatever_its_place_in_the_list() {
        let words = Words::new(&["HTTP/", "CloudSDK", "ErrorCode="]);
        let line = b"x".repeat(100);
        assert_eq!(words.find(&line), None);
        let mut line = line;
        line.splice(70..70, *b"HTTP/1.1");
        line.splice(40..40, *b"ErrorCode=");
        assert_eq!(words.find(&line), Some(40));
        assert_eq!(words.find(b"CloudSDK"), Some(0));
        assert_eq!(words.find(b"HTTP"), None);
    }
}
