import Taro from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { initPlatform } from './services/platform';
import { frameH5NavigationBar } from './utils/h5-frame';
import './app.scss';

initPlatform();
if (process.env.TARO_ENV === 'h5') frameH5NavigationBar();

/** The app shell: pages render inside. Cloud set-up happens once, in weapp only (services/platform). */
function App({ children }: PropsWithChildren) {
  Taro.useLaunch(() => undefined);
  return children;
}

export default App;
