import Taro from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { initPlatform } from './services/platform';
import './app.scss';

initPlatform();

/** The app shell: pages render inside. Cloud set-up happens once, in weapp only (services/platform). */
function App({ children }: PropsWithChildren) {
  Taro.useLaunch(() => undefined);
  return children;
}

export default App;
