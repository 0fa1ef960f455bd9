// Types and constants only: the functions are looked up when OCR is first needed (`OCRLibrary`), not linked.
#include <tesseract/capi.h>
