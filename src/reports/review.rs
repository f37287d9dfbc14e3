//! The executive value review of one account. (Being written.)
