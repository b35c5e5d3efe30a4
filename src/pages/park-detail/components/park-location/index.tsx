import { Button, Map, Text } from '@tarojs/components';
import type { ZoneLocation } from '@core/app/contract';
import { openInMap } from '@/services/open-map';
import { Section } from '@/components/section';
import { PENDING } from '@/utils/format';

/** Copied into the weapp package by config/index.ts (a data URL would not do for a map marker). */
const MARKER_ICON = '/assets/map-marker.png';

interface ParkLocationProps {
  address: string | null;
  location: { latitude: number; longitude: number } | null;
  zoneLocation: ZoneLocation | null;
}

/** A map in WeChat; the address and an open-in-map action on the web. Falls back to the zone's centre, said so. */
export function ParkLocation({ address, location, zoneLocation }: ParkLocationProps) {
  const point = location
    ? { ...location, label: address ?? '园区位置' }
    : zoneLocation
      ? { latitude: zoneLocation.latitude, longitude: zoneLocation.longitude, label: zoneLocation.label }
      : null;
  return (
    <Section title="园区位置">
      <Text className="park-location__address">地址：{address ?? PENDING}</Text>
      {!location && point && (
        <Text className="muted park-location__note">园区具体位置待补充，以下为开发区大致位置。</Text>
      )}
      {point && process.env.TARO_ENV === 'weapp' && (
        <Map
          className="park-location__map"
          latitude={point.latitude}
          longitude={point.longitude}
          scale={11}
          markers={[
            {
              id: 1,
              latitude: point.latitude,
              longitude: point.longitude,
              title: point.label,
              iconPath: MARKER_ICON,
              width: 20,
              height: 26,
            },
          ]}
          onError={() => undefined}
        />
      )}
      {point && (
        <Button className="park-location__open" onClick={() => void openInMap(point)}>
          在地图中打开
        </Button>
      )}
    </Section>
  );
}
