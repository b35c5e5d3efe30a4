import Taro from '@tarojs/taro';

export interface MapPoint {
  latitude: number;
  longitude: number;
  label: string;
}

/** WeChat's own map viewer in weapp; a web map in a new tab on H5. */
export const openInMap = async (point: MapPoint): Promise<void> => {
  if (process.env.TARO_ENV === 'weapp') {
    await Taro.openLocation({ latitude: point.latitude, longitude: point.longitude, name: point.label, scale: 12 });
    return;
  }
  const url = `https://uri.amap.com/marker?position=${point.longitude},${point.latitude}&name=${encodeURIComponent(point.label)}&coordinate=gaode`;
  window.open(url, '_blank', 'noopener');
};
