/**
 * Jest resolves packages with the `require` export condition. A few ES-module-only packages of the
 * MDX compiler (estree-walker) export under `import` alone: for those, resolve again with it.
 */
module.exports = (request, options) => {
  try {
    return options.defaultResolver(request, options);
  } catch (error) {
    if (!options.conditions || options.conditions.includes('import')) throw error;
    return options.defaultResolver(request, {...options, conditions: [...options.conditions, 'import']});
  }
};
