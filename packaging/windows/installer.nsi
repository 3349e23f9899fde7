; Payment Insights for Windows: a per-user installer that needs no administrator rights.
; Built by `packaging/build.sh windows` (makensis 3, Debian's `nsis` or NSIS on Windows):
;   makensis -DVERSION=0.1.0 -DSTAGE=<folder with the exes, sample-data\, resources\>
;            -DROOT=<source tree> -DOUT_FILE=<setup.exe> packaging/windows/installer.nsi
; Silent install: setup.exe /S (optionally /D=C:\path, last). Silent uninstall: uninstall.exe /S.
; The user's data, models and settings (under %APPDATA%\Payment Insights) are never touched.

!macro Require NAME
  !ifndef ${NAME}
    !error "Pass -D${NAME}=... (packaging/build.sh does)"
  !endif
!macroend
!insertmacro Require VERSION
!insertmacro Require STAGE
!insertmacro Require ROOT
!insertmacro Require OUT_FILE

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
; The GUI and the CLI share most of their code: a dictionary larger than one exe lets LZMA
; store the second one mostly as references to the first.
SetCompressorDictSize 128
ManifestDPIAware true

!define PRODUCT "Payment Insights"
!define EXE "payment-insights.exe"
!define CLI "payment-insights-cli.exe"
; Apps & features lists the uninstaller from this per-user key.
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\PaymentInsights"

Name "${PRODUCT}"
OutFile "${OUT_FILE}"
; Per-user: %LOCALAPPDATA%\Programs, where Windows puts per-user programs; no UAC prompt.
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${PRODUCT}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${PRODUCT} ${VERSION}"

; The setup program's own file metadata.
VIProductVersion "${VERSION}.0"
VIFileVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${PRODUCT}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${PRODUCT} setup"
VIAddVersionKey "LegalCopyright" "MIT License"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!define MUI_ICON "${ROOT}\packaging\icon.ico"
!define MUI_UNICON "${ROOT}\packaging\icon.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Start ${PRODUCT}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  SetShellVarContext current
FunctionEnd

Function un.onInit
  SetShellVarContext current
FunctionEnd

Section "Install"
  SetOutPath "$INSTDIR"
  File "${STAGE}\${EXE}"
  File "${STAGE}\${CLI}"
  ; Read by the app from beside its exe (src/app/resources.rs); only read, never written.
  SetOutPath "$INSTDIR\sample-data"
  File "${STAGE}\sample-data\*.*"
  SetOutPath "$INSTDIR\resources"
  File "${STAGE}\resources\sample-model.json"
  SetOutPath "$INSTDIR"

  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortCut "$SMPROGRAMS\${PRODUCT}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PRODUCT}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ; Apps & features shows the size (in KB) of what was installed.
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  ; Only what the installer put here: a folder chosen by the user may hold other files.
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${CLI}"
  RMDir /r "$INSTDIR\sample-data"
  RMDir /r "$INSTDIR\resources"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${PRODUCT}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
