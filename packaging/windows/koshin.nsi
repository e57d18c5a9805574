; Kōshin's Windows installer, built by scripts/windows/build.sh with NSIS:
;   makensis -DVERSION=0.1.0 -DSOURCE=<folder with koshin.exe, koshinw.exe>
;            -DOUTFILE=<…\Koshin-Setup-0.1.0.exe> packaging/windows/koshin.nsi
;
; A per-user install (no administrator): the programs in
; %LOCALAPPDATA%\Programs\Koshin, a Start menu entry, an optional desktop
; shortcut, shared cards (.koshin-card.ron) opening Kōshin, Kōshin's name and
; icon on its notifications, an entry in "Apps & features". The uninstaller
; removes all of that and keeps the person's archive (%APPDATA%\Koshin).
; /S installs and uninstalls silently; installing over an older version
; keeps everything.

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

!ifndef VERSION
  !error "give -DVERSION=x.y.z"
!endif
!ifndef SOURCE
  !error "give -DSOURCE=<folder with koshin.exe and koshinw.exe>"
!endif
!ifndef OUTFILE
  !define OUTFILE "Koshin-Setup-${VERSION}.exe"
!endif

!define NAME "Kōshin"
!define AUMID "Koshin.Koshin"
!define PROGID "Koshin.Card"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Koshin"

Name "${NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Koshin"
InstallDirRegKey HKCU "Software\Koshin" "InstallDir"
BrandingText "${NAME} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${NAME} installer"
VIAddVersionKey /LANG=0 "CompanyName" "Kōshin contributors"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT OR Apache-2.0"

!define MUI_ICON "koshin.ico"
!define MUI_UNICON "koshin.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "Software\Koshin"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\koshinw.exe"

!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "TradChinese"
!insertmacro MUI_LANGUAGE "Japanese"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SectionProgram ${LANG_ENGLISH} "Kōshin"
LangString SectionProgram ${LANG_SIMPCHINESE} "Kōshin"
LangString SectionProgram ${LANG_TRADCHINESE} "Kōshin"
LangString SectionProgram ${LANG_JAPANESE} "Kōshin"
LangString SectionDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SectionDesktop ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString SectionDesktop ${LANG_TRADCHINESE} "桌面捷徑"
LangString SectionDesktop ${LANG_JAPANESE} "デスクトップのショートカット"
LangString CardType ${LANG_ENGLISH} "Kōshin shared card"
LangString CardType ${LANG_SIMPCHINESE} "Kōshin 分享的卡片"
LangString CardType ${LANG_TRADCHINESE} "Kōshin 分享的卡片"
LangString CardType ${LANG_JAPANESE} "Kōshin の共有カード"
LangString AppComment ${LANG_ENGLISH} "Keep your Japan data card alive"
LangString AppComment ${LANG_SIMPCHINESE} "让你的日本流量卡不断网"
LangString AppComment ${LANG_TRADCHINESE} "讓你的日本流量卡不斷線"
LangString AppComment ${LANG_JAPANESE} "日本の通信カードを切らさない"

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "!$(SectionProgram)" SectionProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "${SOURCE}\koshin.exe"
  File "${SOURCE}\koshinw.exe"
  File "koshin.ico"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\Koshin" "InstallDir" "$INSTDIR"

  ; The Start menu entry opens the window without a console.
  CreateShortcut "$SMPROGRAMS\${NAME}.lnk" "$INSTDIR\koshinw.exe" "" "$INSTDIR\koshin.exe" 0 SW_SHOWNORMAL "" "$(AppComment)"

  ; Notifications show Kōshin's name and icon (an unpackaged app's
  ; AppUserModelID, which koshin.exe also claims for itself when it starts).
  WriteRegStr HKCU "Software\Classes\AppUserModelId\${AUMID}" "DisplayName" "${NAME}"
  WriteRegStr HKCU "Software\Classes\AppUserModelId\${AUMID}" "IconUri" "$INSTDIR\koshin.ico"

  ; Shared cards. Windows names a file type by its last extension (.ron),
  ; so Kōshin is offered for every .ron file and made the default only
  ; where no program has claimed .ron yet.
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "$(CardType)"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\koshin.exe,0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\koshinw.exe" "%1"'
  WriteRegStr HKCU "Software\Classes\.ron\OpenWithProgids" "${PROGID}" ""
  ReadRegStr $0 HKCR ".ron" ""
  ${If} $0 == ""
  ${OrIf} $0 == "${PROGID}"
    WriteRegStr HKCU "Software\Classes\.ron" "" "${PROGID}"
    WriteRegStr HKCU "Software\Koshin" "OwnsRon" "1"
  ${EndIf}
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; "Apps & features".
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Kōshin contributors"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\koshin.exe,0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section /o "$(SectionDesktop)" SectionDesktop
  CreateShortcut "$DESKTOP\${NAME}.lnk" "$INSTDIR\koshinw.exe" "" "$INSTDIR\koshin.exe" 0 SW_SHOWNORMAL "" "$(AppComment)"
SectionEnd

Section "Uninstall"
  ; The reminders' scheduled task, if the person installed it.
  ExecWait '"$INSTDIR\koshinw.exe" remind uninstall' $0
  Delete "$INSTDIR\koshin.exe"
  Delete "$INSTDIR\koshinw.exe"
  Delete "$INSTDIR\koshin.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${NAME}.lnk"
  Delete "$DESKTOP\${NAME}.lnk"
  DeleteRegKey HKCU "Software\Classes\AppUserModelId\${AUMID}"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegValue HKCU "Software\Classes\.ron\OpenWithProgids" "${PROGID}"
  ReadRegStr $0 HKCU "Software\Koshin" "OwnsRon"
  ${If} $0 == "1"
    DeleteRegValue HKCU "Software\Classes\.ron" ""
  ${EndIf}
  DeleteRegKey /ifempty HKCU "Software\Classes\.ron\OpenWithProgids"
  DeleteRegKey /ifempty HKCU "Software\Classes\.ron"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\Koshin"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  ; The person's archive in %APPDATA%\Koshin stays.
SectionEnd
