; The per-user Windows installer of Screener (NSIS 3.08, built on Linux by build.py / installers.py).
; Installs into %LOCALAPPDATA%\Programs\Screener without administrator rights, adds a Start-menu
; entry and an uninstaller (Settings > Apps). An upgrade replaces the program folder whole; the
; user's data (%LOCALAPPDATA%\screener: the store, its backups, the cache) and settings
; (HKCU\Software\Screener) are never touched, not even by the uninstaller.
; Silent: setup.exe /S [/D=FOLDER]; uninstall.exe /S.
; DEFINES (generated): VERSION, VERSION4, COMPANY, BUNDLE, OUTFILE, ICON, and the !uninstfinalize
; line that signs the uninstaller.
!include "${DEFINES}"

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Screener"

Name "Screener ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Screener"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
Icon "${ICON}"
UninstallIcon "${ICON}"
BrandingText "Screener ${VERSION}"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "Screener"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${COMPANY}"
VIAddVersionKey /LANG=0 "FileDescription" "Screener ${VERSION} setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "${COMPANY}"

!include "MUI2.nsh"
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_FINISHPAGE_RUN "$INSTDIR\screener.exe"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGE "English"

Section "Screener"
  SetShellVarContext current
  ; an upgrade replaces the program whole: nothing of the old version is left beside the new one
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\screener.exe"
  Delete "$INSTDIR\screener-cli.exe"
  Delete "$INSTDIR\THIRD-PARTY-NOTICES.txt"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\Screener.lnk" "$INSTDIR\screener.exe" "" "$INSTDIR\screener.exe" 0
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Screener"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${COMPANY}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\screener.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\Screener.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\screener.exe"
  Delete "$INSTDIR\screener-cli.exe"
  Delete "$INSTDIR\THIRD-PARTY-NOTICES.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  ; kept on purpose: %LOCALAPPDATA%\screener (the encrypted store and its backups) and HKCU\Software\Screener
SectionEnd
