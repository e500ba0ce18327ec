"""Replaces PyInstaller's hook-PySide6.QtGui (hookspath in build.spec wins over the built-in hook).

Same collection, minus Qt plugins coachdesk never uses on a desktop. Filtering here (not after Analysis) keeps
their own dependencies out too: the GTK3 platform theme alone drags ~15 host libraries (cairo, pango, atk ...)
into the bundle, and the TUIO touch plugin drags QtNetwork + Kerberos.
"""

from pathlib import PurePath

from PyInstaller.utils.hooks.qt import add_qt6_dependencies

# plugin folder -> plugin file names to drop (None: the whole folder)
DROP = {
    "platforms": {"libqeglfs.so", "libqlinuxfb.so", "libqminimalegl.so", "libqvkkhrdisplay.so", "libqvnc.so"},
    "egldeviceintegrations": None,  # eglfs only
    "generic": None,  # evdev / TUIO input for eglfs and linuxfb
    "platformthemes": {"libqgtk3.so"},  # keep xdgdesktopportal (portal file dialogs)
}


def _keep(src: str, dest: str) -> bool:
    folder = PurePath(dest).name
    if folder not in DROP:
        return True
    names = DROP[folder]
    return names is not None and PurePath(src).name not in names


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [(src, dest) for src, dest in binaries if _keep(src, dest)]
