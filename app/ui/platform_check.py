"""Before Qt starts: can it load the platform plugin it will use? If not, say what to install.

When a system library of Qt's platform plugin is missing (on a bare Debian or Ubuntu desktop:
libxcb-icccm4, libxcb-keysyms1, ...), QApplication aborts the process with a page of plugin
diagnostics. This check loads the plugin first, the way Qt will, and turns a failure into one line
that names the packages. It follows Qt's choice of plugin: QT_QPA_PLATFORM (a `;`-separated list of
names, each with optional `:options`), else Wayland in a Wayland session and X11 (xcb); the folder
QT_QPA_PLATFORM_PLUGIN_PATH first, then the `platforms` folders of QT_PLUGIN_PATH and of the Qt
installation. It only runs on Linux, the one system where Qt relies on the distribution's libraries.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

# The runtime libraries of Qt's platform plugins (found with ldd on libqxcb.so, libqwayland.so and the
# Qt libraries they load); .ci/run installs the same set and README gives the same line.
DEBIAN_PACKAGES = (
    "libegl1",
    "libgl1",
    "libopengl0",
    "libglx0",
    "libdbus-1-3",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libfontconfig1",
    "libfreetype6",
    "libx11-6",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "libxrender1",
    "libxi6",
    "libsm6",
    "libice6",
)
INSTALL_LINE = "sudo apt-get install " + " ".join(DEBIAN_PACKAGES)


def platform_problem(env: Mapping[str, str] | None = None) -> str | None:
    """None when a platform plugin Qt would use loads; otherwise one line: why, and what to install."""
    if not sys.platform.startswith("linux"):
        return None
    env = os.environ if env is None else env
    found = {name: plugin_files(name, env) for name in requested_platforms(env)}
    if not any(found.values()):
        if not available_platforms(env):
            return None  # Qt's plugins are somewhere this check does not know: let Qt look for itself
        return (
            f"Qt has no platform plugin {' or '.join(map(repr, found))} (available: "
            f"{', '.join(available_platforms(env)) or 'none'}); check QT_QPA_PLATFORM"
        )
    failures: list[str] = []
    for name, plugins in found.items():
        for plugin in plugins:
            error = load_error(plugin)
            if error is None:
                return _display_problem(name, env)
            failures.append(error)
    return (
        f"Qt cannot load its {' or '.join(map(repr, found))} platform plugin ({'; '.join(failures)}): a "
        f"system library is missing or broken. Install Qt's libraries with: {INSTALL_LINE}"
    )


def requested_platforms(env: Mapping[str, str]) -> list[str]:
    """The plugin names Qt tries, in order, without their options."""
    requested = env.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        names = [part.split(":", 1)[0].strip() for part in requested.split(";")]
        return [name for name in names if name] or ["xcb"]
    wayland = env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland"
    return ["wayland", "xcb"] if wayland else ["xcb"]


def plugin_folders(env: Mapping[str, str]) -> list[Path]:
    folders = [Path(env["QT_QPA_PLATFORM_PLUGIN_PATH"])] if env.get("QT_QPA_PLATFORM_PLUGIN_PATH") else []
    extra = [Path(p) / "platforms" for p in env.get("QT_PLUGIN_PATH", "").split(os.pathsep) if p]
    return [*folders, *extra, _qt_plugins() / "platforms"]


def plugin_files(name: str, env: Mapping[str, str]) -> list[Path]:
    return [
        folder / f"libq{name}.so" for folder in plugin_folders(env) if (folder / f"libq{name}.so").is_file()
    ]


def available_platforms(env: Mapping[str, str]) -> list[str]:
    names = {p.name[4:-3] for f in plugin_folders(env) if f.is_dir() for p in f.glob("libq*.so")}
    return sorted(names)


def load_error(plugin: Path) -> str | None:
    """None when the plugin and every library it needs load; otherwise the loader's reason."""
    from PySide6.QtCore import QPluginLoader

    loader = QPluginLoader(str(plugin))
    if loader.load():
        return None  # stays loaded: Qt loads the same file again at once
    reason = loader.errorString()
    prefix = f"Cannot load library {plugin}: "
    return reason[len(prefix) :].strip("() ") if reason.startswith(prefix) else reason


def _display_problem(name: str, env: Mapping[str, str]) -> str | None:
    if name == "xcb" and not env.get("DISPLAY"):
        return (
            "there is no X display to show the wizard on (DISPLAY is not set): start it in a desktop "
            "session, or render its pages without one with `dpia-wizard FILE --screenshots DIR`"
        )
    return None


def _qt_plugins() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
