//! `recap demo`: a deterministic, realistic synthetic dataset. (Being written.)
