"""Animated GIF (Pillow) and MP4 (H.264, with the ffmpeg that the imageio-ffmpeg package ships)
from PNG frames, each shown a number of times (hold frames on key dates). No QGIS here.

A GIF stores a held frame once with a longer duration (Pillow merges repeated pictures anyway);
an MP4 runs at a constant frame rate, so a held frame is written again for each repeat.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Callable, List, Optional, Sequence, Tuple

LOG = logging.getLogger(__name__)

FrameFile = Tuple[Path, int]  # a PNG and how many times in a row it is shown
Progress = Optional[Callable[[float], bool]]  # fraction done → False to stop


class EncoderMissingError(RuntimeError):
    """What to install for a format this Python cannot write."""


def install_hint(package: str) -> str:
    """The command that installs `package` for the Python running QGIS (or this script)."""
    return f'"{sys.executable}" -m pip install --user {package}'


def pillow_available() -> bool:
    try:
        import PIL.Image  # noqa: F401
    except ImportError:
        return False
    return True


def ffmpeg_executable() -> Optional[str]:
    """The ffmpeg of the imageio-ffmpeg package (pinned in requirements-dev.txt), else one on PATH."""
    try:
        import imageio_ffmpeg

        return imageio_ffmpeg.get_ffmpeg_exe()
    except (ImportError, RuntimeError, OSError):
        return shutil.which("ffmpeg")


def require_pillow() -> None:
    if not pillow_available():
        raise EncoderMissingError(
            f"An animated GIF needs the Python package Pillow, which is not installed: {install_hint('pillow')}"
        )


def require_ffmpeg() -> str:
    exe = ffmpeg_executable()
    if exe is None:
        raise EncoderMissingError(
            "An MP4 needs ffmpeg, which the Python package imageio-ffmpeg brings along; it is not installed: "
            f"{install_hint('imageio-ffmpeg')} (or install ffmpeg from your system's packages)"
        )
    return exe


def write_gif(frames: Sequence[FrameFile], path: Path, fps: float, progress: Progress = None) -> Path:
    """An endlessly looping GIF: one palette for the whole animation (taken from the first, middle
    and last frames), no dithering (flat map colours stay flat and the file small)."""
    require_pillow()
    from PIL import Image

    if not frames:
        raise ValueError("no frames to write")
    step = 1000.0 / max(float(fps), 0.1)
    palette = _palette([frames[0][0], frames[len(frames) // 2][0], frames[-1][0]])
    durations: List[int] = []

    def pictures():
        for index, (png, repeat) in enumerate(frames):
            if progress is not None and progress(index / len(frames)) is False:
                raise InterruptedError("cancelled")
            with Image.open(png) as image:
                picture = image.convert("RGB").quantize(palette=palette, dither=_NO_DITHER)
            durations.append(round(step * max(1, repeat)))
            yield picture

    images = pictures()
    first = next(images)
    rest = list(images)  # Pillow needs the durations of all frames before it writes
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    first.save(
        partial,
        format="GIF",
        save_all=True,
        append_images=rest,
        duration=durations,
        loop=0,
        optimize=False,
        disposal=1,
    )
    os.replace(partial, path)
    return path


_NO_DITHER = 0  # Image.Dither.NONE (Image.NONE before Pillow 9.1)


def _palette(paths: Sequence[Path]):
    """A 255-colour palette image covering the given frames."""
    from PIL import Image

    images = []
    for png in dict.fromkeys(paths):
        with Image.open(png) as image:
            images.append(image.convert("RGB").resize((image.width // 2, image.height // 2)))
    sheet = Image.new("RGB", (max(i.width for i in images), sum(i.height for i in images)))
    y = 0
    for image in images:
        sheet.paste(image, (0, y))
        y += image.height
    return sheet.quantize(colors=255, method=_MEDIAN_CUT)


_MEDIAN_CUT = 0  # Image.Quantize.MEDIANCUT


def write_mp4(
    frames: Sequence[FrameFile], path: Path, fps: float, progress: Progress = None, crf: int = 20
) -> Path:
    """An H.264 MP4 (yuv420p, plays everywhere) at `fps` frames per second."""
    exe = require_ffmpeg()
    from PIL import Image

    if not frames:
        raise ValueError("no frames to write")
    with Image.open(frames[0][0]) as image:
        width, height = image.size
    even = (width - width % 2, height - height % 2)  # H.264 in yuv420p needs even sides
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.stem + ".part.mp4")
    command = [
        exe, "-hide_banner", "-loglevel", "error", "-y",
        "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{even[0]}x{even[1]}", "-r", f"{fps:g}", "-i", "-",
        "-an", "-c:v", "libx264", "-preset", "veryfast", "-crf", str(crf), "-pix_fmt", "yuv420p",
        "-movflags", "+faststart", str(partial),
    ]  # fmt: skip
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        for index, (png, repeat) in enumerate(frames):
            if progress is not None and progress(index / len(frames)) is False:
                raise InterruptedError("cancelled")
            with Image.open(png) as image:
                picture = image.convert("RGB")
                if picture.size != even:
                    picture = picture.crop((0, 0, *even))
                data = picture.tobytes()
            for _ in range(max(1, repeat)):
                process.stdin.write(data)
        process.stdin.close()
        error = process.stderr.read().decode("utf-8", "replace")
        process.stderr.close()
        if process.wait() != 0:
            raise RuntimeError(f"ffmpeg could not write {path}: {error.strip()}")
    except BaseException:
        process.kill()
        process.wait()
        for stream in (process.stdin, process.stderr):
            if not stream.closed:
                stream.close()
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, path)
    return path
