; "Open with Lectern" on folders in Explorer, for the installing user only (NSIS include for
; electron-builder: customInstall / customUnInstall run after install and during uninstall).
!macro customInstall
  WriteRegStr HKCU "Software\Classes\Directory\shell\Lectern" "" "Open with Lectern"
  WriteRegStr HKCU "Software\Classes\Directory\shell\Lectern" "Icon" "$INSTDIR\${APP_EXECUTABLE_FILENAME},0"
  WriteRegStr HKCU "Software\Classes\Directory\shell\Lectern\command" "" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}" "%1"'
!macroend

!macro customUnInstall
  DeleteRegKey HKCU "Software\Classes\Directory\shell\Lectern"
!macroend
