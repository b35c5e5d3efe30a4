import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { privacyStore, usePrivacy } from '../../stores/privacy-store';
import './index.scss';
import { TEXT_BUTTON } from '../../utils/a11y';

const AGREE_BUTTON_ID = 'agree-privacy';

/**
 * Our own privacy dialog, shown when WeChat pauses a privacy API. Place it on every page that uses
 * one (location, image or file pickers). WeChat checks that the agree button was really tapped.
 */
export function PrivacyDialog() {
  const { pending } = usePrivacy();
  if (!pending || process.env.TARO_ENV !== 'weapp') return null;
  return (
    <View className="privacy-dialog">
      <View className="privacy-dialog__card">
        <Text className="privacy-dialog__title">用户隐私保护提示</Text>
        <Text className="privacy-dialog__text">
          使用此功能前，请阅读并同意《零距离小程序隐私保护指引》。我们仅为办理您发起的事项收集必要信息。
        </Text>
        <Text {...TEXT_BUTTON} className="privacy-dialog__link" onClick={() => Taro.openPrivacyContract({})}>
          查看《隐私保护指引》
        </Text>
        <View className="privacy-dialog__actions">
          <Button className="privacy-dialog__no" onClick={() => privacyStore.getState().answer({ event: 'disagree' })}>
            拒绝
          </Button>
          <Button
            id={AGREE_BUTTON_ID}
            className="privacy-dialog__yes"
            openType="agreePrivacyAuthorization"
            onAgreePrivacyAuthorization={() =>
              privacyStore.getState().answer({ event: 'agree', buttonId: AGREE_BUTTON_ID })
            }
          >
            同意
          </Button>
        </View>
      </View>
    </View>
  );
}
