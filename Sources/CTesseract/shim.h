#include <tesseract/capi.h>

/// From libgomp, which Tesseract links: the number of threads its OpenMP parallel regions use on the calling thread.
/// Tesseract's OpenMP threads spin on shared cores and make a page several times slower, so it is set to one.
extern void omp_set_num_threads(int count);
/// From libgomp: lets the runtime give a parallel region fewer threads than it asks for.
extern void omp_set_dynamic(int dynamic);
