#!/usr/bin/env python3
"""Make a scanned copy of a PDF: each page rasterised, degraded as a scanner and a copier would, and wrapped
into a PDF of images with no text layer.

Usage: make_scans.py INPUT.pdf OUTPUT.pdf [--dpi 200] [--skew 1.5] [--noise 12] [--quality 55] [--seed 1]
                     [--pages 3,5]

Each page is rendered by pdftoppm (poppler-utils) in grey at --dpi, rotated by a random angle of at most --skew
degrees (a different one per page), given Gaussian noise of --noise grey levels and a slightly uneven
background, and stored as a JPEG of --quality inside a PDF page of the original size (reportlab). --pages keeps
only those pages scanned and the others as they were (their text layer intact), for a PDF that mixes both.
The same arguments give the same file. The committed scans under Tests/PeilstokTests/Fixtures/scans were made
with `make scans`.
"""
import argparse
import io
import os
import random
import subprocess
import sys
import tempfile

from PIL import Image, ImageChops, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas


def page_sizes(path):
    """Each page's size in points, from pdfinfo."""
    output = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", path], capture_output=True, text=True, check=True).stdout
    sizes = []
    for line in output.splitlines():
        if line.startswith("Page") and "size:" in line:
            parts = line.split("size:")[1].split()
            sizes.append((float(parts[0]), float(parts[2])))
    return sizes


def degrade(image, rng, skew, noise):
    angle = rng.uniform(-skew, skew)
    image = image.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    # Uneven paper (a gradient of about ten grey levels), sensor noise, and the blur of a cheap scanner.
    width, height = image.size
    shade = Image.linear_gradient("L").resize((width, height)).point(lambda value: 255 - value // 24)
    image = ImageChops.multiply(image, shade)
    if noise > 0:
        image = ImageChops.add(image, Image.effect_noise((width, height), noise), 1.0, -128)
    return image.filter(ImageFilter.GaussianBlur(0.6)), angle


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--dpi", type=int, default=200)
    parser.add_argument("--skew", type=float, default=1.5)
    parser.add_argument("--noise", type=float, default=12)
    parser.add_argument("--quality", type=int, default=55)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pages", help="only these pages scanned (e.g. 3 or 2,5); the others keep their text layer")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sizes = page_sizes(args.input)
    wanted = set(int(page) for page in args.pages.split(",")) if args.pages else set(range(1, len(sizes) + 1))
    with tempfile.TemporaryDirectory() as work:
        scanned = os.path.join(work, "scanned.pdf")
        sheet = canvas.Canvas(scanned, invariant=1)
        for number, (width, height) in enumerate(sizes, start=1):
            if number not in wanted:
                continue
            prefix = os.path.join(work, f"page-{number}")
            subprocess.run(["pdftoppm", "-gray", "-r", str(args.dpi), "-f", str(number), "-l", str(number), "-singlefile",
                            "-png", args.input, prefix], check=True)
            image = Image.open(prefix + ".png").convert("L")
            image, angle = degrade(image, rng, args.skew, args.noise)
            jpeg = io.BytesIO()
            image.save(jpeg, "JPEG", quality=args.quality, dpi=(args.dpi, args.dpi))
            sheet.setPageSize((width, height))
            sheet.drawImage(ImageReader(io.BytesIO(jpeg.getvalue())), 0, 0, width, height)
            sheet.showPage()
            print(f"page {number}: {args.dpi} dpi, skew {angle:+.2f}°, JPEG {len(jpeg.getvalue()) // 1024} KB", file=sys.stderr)
        sheet.save()
        if wanted == set(range(1, len(sizes) + 1)):
            os.replace(scanned, args.output)
            return 0
        # Mixed: the scanned pages take their places among the original pages (pdfseparate and pdfunite).
        parts = []
        scanned_index = 0
        for number in range(1, len(sizes) + 1):
            part = os.path.join(work, f"part-{number}.pdf")
            if number in wanted:
                scanned_index += 1
                subprocess.run(["pdfseparate", "-f", str(scanned_index), "-l", str(scanned_index), scanned, part], check=True)
            else:
                subprocess.run(["pdfseparate", "-f", str(number), "-l", str(number), args.input, part], check=True)
            parts.append(part)
        subprocess.run(["pdfunite", *parts, args.output], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
