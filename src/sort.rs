//! Sorting with one copy of the sorting code in the `.wasm`.
//!
//! The standard library's sorts are generic: each element type and key brings its own copy of
//! driftsort or ipnsort and their small-sort networks, 116 functions and 43 KB of code for a
//! dozen call sites (bench/RESULTS.md, session 9). Here a call site only supplies a comparison of
//! two positions; [`order`] (not generic) finds the stable order of the positions, and
//! [`sort_by_key`] moves the elements into it. The text's tables come nearly sorted (candidates
//! and mentions in reading order), so `order` merges natural runs: a sorted slice costs one pass.

use std::cmp::Ordering;

/// The stable sorted order of positions `0..n` under `cmp`: a natural merge sort; `None` when
/// they are in order already (most of the tables sorted here: nothing to allocate or move).
#[inline(never)]
pub fn order(n: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Option<Vec<usize>> {
    // the ends of the ascending runs (a descending pair starts a new run)
    let mut runs: Vec<usize> = Vec::new();
    for i in 1..n {
        if cmp(i - 1, i) == Ordering::Greater {
            runs.push(i);
        }
    }
    if runs.is_empty() {
        return None;
    }
    let mut idx: Vec<usize> = (0..n).collect();
    runs.push(n);
    let mut buf: Vec<usize> = vec![0; n];
    // merge neighbouring runs pairwise until one is left
    while runs.len() > 1 {
        let mut merged: Vec<usize> = Vec::with_capacity(runs.len().div_ceil(2));
        let mut start = 0;
        let mut r = 0;
        while r < runs.len() {
            if r + 1 == runs.len() {
                buf[start..runs[r]].copy_from_slice(&idx[start..runs[r]]);
                merged.push(runs[r]);
                break;
            }
            let (mid, end) = (runs[r], runs[r + 1]);
            let (mut a, mut b, mut o) = (start, mid, start);
            while a < mid && b < end {
                // (the left run first among equals: stable)
                if cmp(idx[b], idx[a]) == Ordering::Less {
                    buf[o] = idx[b];
                    b += 1;
                } else {
                    buf[o] = idx[a];
                    a += 1;
                }
                o += 1;
            }
            buf[o..o + (mid - a)].copy_from_slice(&idx[a..mid]);
            o += mid - a;
            buf[o..o + (end - b)].copy_from_slice(&idx[b..end]);
            merged.push(end);
            start = end;
            r += 2;
        }
        std::mem::swap(&mut idx, &mut buf);
        runs = merged;
    }
    Some(idx)
}

/// Put `v` in the order `to` gives (element `i` becomes the one at `to[i]`), following each
/// cycle of the permutation once.
fn apply<T>(v: &mut [T], to: &[usize]) {
    let mut done = vec![false; v.len()];
    for start in 0..v.len() {
        let mut cur = start;
        while !done[cur] {
            done[cur] = true;
            let next = to[cur];
            if next == start {
                break;
            }
            v.swap(cur, next);
            cur = next;
        }
    }
}

/// A stable sort of `v` by `cmp` (as `slice::sort_by`).
pub fn sort_by<T>(v: &mut [T], cmp: impl Fn(&T, &T) -> Ordering) {
    if let Some(to) = order(v.len(), &|a, b| cmp(&v[a], &v[b])) {
        apply(v, &to);
    }
}

/// A stable sort of `v` by `key` (as `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// A stable sort of `v` (as `slice::sort`; also for `sort_unstable` of values whose equal
/// elements are alike).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The same order as the standard library's stable sort, ties included.
        #[test]
        fn matches_std_stable_sort(v in proptest::collection::vec((0u8..6, any::<u16>()), 0..300)) {
            let mut ours = v.clone();
            sort_by_key(&mut ours, |x| x.0);
            let mut std = v.clone();
            std.sort_by_key(|x| x.0);
            prop_assert_eq!(ours, std);
        }

        #[test]
        fn sorts_values(v in proptest::collection::vec(any::<i32>(), 0..300)) {
            let mut ours = v.clone();
            sort(&mut ours);
            let mut std = v;
            std.sort();
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn runs_and_reverse() {
        let mut v: Vec<u32> = (0..1000).rev().collect();
        sort(&mut v);
        assert!(v.windows(2).all(|w| w[0] < w[1]));
        let mut w = vec![1, 2, 3, 0, 5, 4, 4, 9];
        sort_by_key(&mut w, |x| *x);
        assert_eq!(w, [0, 1, 2, 3, 4, 4, 5, 9]);
    }
}
