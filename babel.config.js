// babel-preset-taro builds the mini-program and H5, and jest uses the same preset so tests see
// the code exactly as the builds do.
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
