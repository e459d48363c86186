// electron-builder afterPack hook: flips Electron's fuses in the packed executable, before any signing. Fuses are
// bits compiled into the binary, so a packaged Parloir cannot be turned back into a general Node runtime (the usual
// way to run code with an Electron app's identity) or inspected through command-line switches or NODE_OPTIONS.

/**
 * Where electron-builder put the executable (the same rule as its own PlatformPackager.addElectronFuses).
 * @param {import('app-builder-lib').AfterPackContext} context
 * @param {import('node:path').PlatformPath} path
 */
function executablePath(context, path) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
  }
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return path.join(appOutDir, /** @type {import('app-builder-lib').LinuxPackager} */ (packager).executableName);
}

/** @param {import('app-builder-lib').AfterPackContext} context */
module.exports = async function afterPack(context) {
  // @electron/fuses is an ES module, hence import() rather than require().
  const { default: path } = await import('node:path');
  const { flipFuses, FuseVersion, FuseV1Options } = await import('@electron/fuses');
  const isMac = context.electronPlatformName === 'darwin' || context.electronPlatformName === 'mas';
  await flipFuses(executablePath(context, path), {
    version: FuseVersion.V1,
    // Re-sign ad hoc after editing the binary, or Apple silicon refuses to start it.
    resetAdHocDarwinSignature: isMac,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // Parloir never uses file://, so file pages need none of the extra powers Electron gives them by default.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  });
};
