; Inno Setup 6 script: the Windows installer of Partage.
; Build the app first (python packaging\build.py), then either
;   python packaging\build.py --skip-build --installer
; or
;   iscc /DAppVersion=0.1.0 packaging\windows\partage.iss
; Result: dist\Partage-<version>-setup.exe
;
; - Installs for the current user by default (no administrator rights): %LOCALAPPDATA%\Programs\Partage.
;   An administrator may choose "all users" in the first dialog.
; - French and English; French when Windows is not in English.
; - Start menu shortcut, desktop shortcut (a checkbox, ticked by default).
; - .partage exchange files open in Partage (registered for this user only).
; - Uninstalling keeps the user's data (database, backups) unless the user asks to remove it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Partage"
#define AppExe "Partage.exe"
#define BundleDir "..\..\dist\partage-desktop"

[Setup]
; The AppId identifies the app for upgrades and uninstall: never change it.
AppId={{80747AB9-9F4A-4EB7-99CE-C7FAC80510BB}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Partage
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
OutputDir=..\..\dist
OutputBaseFilename=Partage-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\partage.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
; French first: it is used whenever Windows' language is not English.
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.ExchangeFile=Fichier d'échange Partage
english.ExchangeFile=Partage exchange file
french.RemoveData=Voulez-vous aussi supprimer vos données Partage (ententes, journal, organismes, sauvegardes) de cet ordinateur ?%n%nChoisissez Non pour les garder : elles seront retrouvées si vous réinstallez Partage.%n%nDossier : %1
english.RemoveData=Do you also want to delete your Partage data (agreements, journal, organizations, backups) from this computer?%n%nChoose No to keep it: it will be there again if you reinstall Partage.%n%nFolder: %1

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; HKA is HKEY_CURRENT_USER for a per-user install, HKEY_LOCAL_MACHINE for an all-users one.
Root: HKA; Subkey: "Software\Classes\.partage"; ValueType: string; ValueName: ""; ValueData: "Partage.Exchange"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.partage\OpenWithProgids"; ValueType: string; ValueName: "Partage.Exchange"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Partage.Exchange"; ValueType: string; ValueName: ""; ValueData: "{cm:ExchangeFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Partage.Exchange\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKA; Subkey: "Software\Classes\Partage.Exchange\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".partage"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The data folder of the app (platformdirs' user_data_dir("Partage", "Partage", roaming=True)). }
function DataFolder(): String;
begin
  Result := ExpandConstant('{userappdata}\Partage\Partage');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  Folder := DataFolder();
  { A silent uninstall (an upgrade script, IT tools) never deletes data. }
  if UninstallSilent() or not DirExists(Folder) then
    exit;
  if MsgBox(FmtMessage(CustomMessage('RemoveData'), [Folder]), mbConfirmation,
            MB_YESNO or MB_DEFBUTTON2) = IDYES then
  begin
    DelTree(Folder, True, True, True);
    RemoveDir(ExpandConstant('{userappdata}\Partage'));
  end;
end;
