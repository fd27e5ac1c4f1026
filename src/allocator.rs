//! The extension's global allocator: mimalloc, asked for plain blocks wherever the alignment
//! allows. (`core/examples/throughput.rs` includes this file, so that the core is timed with the
//! allocator it runs on here.)

use std::alloc::{GlobalAlloc, Layout};
use std::ffi::c_void;

use libmimalloc_sys::{mi_free, mi_malloc, mi_malloc_aligned, mi_realloc, mi_realloc_aligned};
use libmimalloc_sys::{mi_zalloc, mi_zalloc_aligned};

/// Every mimalloc block is aligned to at least a word: its blocks are whole words from a start
/// aligned to 16 bytes.
const BLOCK_ALIGN: usize = std::mem::size_of::<usize>();

/// mimalloc for Rust's allocations. The `mimalloc` crate's allocator sends every request through
/// mimalloc's aligned entry points, which check the free block at hand against the alignment and,
/// when it is not a multiple of it, fall back to a slower path that takes a larger block (63
/// instructions an allocation by callgrind); nearly all of ours ask for a word's alignment or
/// less, which every block has, and take the plain entry points.
pub struct Allocator;

unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= BLOCK_ALIGN {
            mi_malloc(layout.size()).cast()
        } else {
            mi_malloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if layout.align() <= BLOCK_ALIGN {
            mi_zalloc(layout.size()).cast()
        } else {
            mi_zalloc_aligned(layout.size(), layout.align()).cast()
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
        mi_free(ptr.cast::<c_void>());
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if layout.align() <= BLOCK_ALIGN {
            mi_realloc(ptr.cast::<c_void>(), new_size).cast()
        } else {
            mi_realloc_aligned(ptr.cast::<c_void>(), new_size, layout.align()).cast()
        }
    }
}
