; Inno Setup 6 script: the Windows installer for Pushback Monitor.
; Built by .github/workflows/package.yml after `python packaging/build.py`:
;   iscc /DAppVersion=0.1.0 packaging\windows\pushback-monitor.iss
; It packs dist\pushback-monitor\ (the PyInstaller folder) into
; dist\pushback-monitor-VERSION-windows-x64-setup.exe.
; Installs per user by default (no administrator needed); the first page offers an
; installation for all users instead. The data folder is never touched by uninstalling.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z pushback-monitor.iss
#endif
#define SourceDir "..\..\dist\pushback-monitor"

[Setup]
; The AppId ties updates and the uninstaller to this app: never change it.
AppId={{D98B2DBF-7DE8-4C69-8C37-CC1A17C417E2}
AppName=Pushback Monitor
AppVersion={#AppVersion}
AppPublisher=Pushback Monitor
AppPublisherURL=https://github.com/pushback-monitor/pushback-monitor
AppSupportURL=https://github.com/pushback-monitor/pushback-monitor/issues
DefaultDirName={autopf}\Pushback Monitor
DefaultGroupName=Pushback Monitor
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=pushback-monitor.ico
UninstallDisplayIcon={app}\pushback-monitor.exe
UninstallDisplayName=Pushback Monitor
OutputDir=..\..\dist
OutputBaseFilename=pushback-monitor-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the bundled libraries whole: no file of an older version remains.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Pushback Monitor"; Filename: "{app}\pushback-monitor.exe"
Name: "{autodesktop}\Pushback Monitor"; Filename: "{app}\pushback-monitor.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\pushback-monitor.exe"; Description: "{cm:LaunchProgram,Pushback Monitor}"; Flags: nowait postinstall skipifsilent
