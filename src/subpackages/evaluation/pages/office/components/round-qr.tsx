import { Button, Image, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { RoundQrView } from '@core/evaluation/evaluation-actions';
import { evaluationStore } from '@/subpackages/evaluation/evaluation-store';

/** The round's code as an image to scan on site: asked for when shown, kept nowhere. */
export function RoundQr({ roundId }: { roundId: string }) {
  const [qr, setQr] = useState<RoundQrView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const show = async () => {
    const answer = await evaluationStore.getState().qrCode(roundId);
    if (answer.ok) setQr(answer.data);
    else setError(answer.error.message);
  };
  if (qr)
    return (
      <View className="eval-qr">
        <Image
          className="eval-qr__image"
          src={qr.image.dataUrl}
          mode="aspectFit"
          ariaLabel={`评议码 ${qr.code} 的二维码`}
        />
        <Text className="muted">{qr.image.kind === 'wxacode' ? '微信扫码进入评议' : '扫码打开评议页'}</Text>
      </View>
    );
  return (
    <View>
      <Button className="eval-button eval-button--plain" data-action="show-qr" onClick={() => void show()}>
        显示二维码
      </Button>
      {error && <Text className="evaluation__error">{error}</Text>}
    </View>
  );
}
