import { privacyStore, type PrivacyAnswer } from './privacy-store';

describe('privacy authorisation flow', () => {
  afterEach(() => privacyStore.setState({ pending: null }));

  it('holds the request until the user answers, then passes the answer on once', () => {
    const answers: PrivacyAnswer[] = [];
    privacyStore.getState().ask((a) => answers.push(a));
    expect(privacyStore.getState().pending).not.toBeNull();
    privacyStore.getState().answer({ event: 'agree', buttonId: 'agree-privacy' });
    privacyStore.getState().answer({ event: 'disagree' });
    expect(answers).toEqual([{ event: 'agree', buttonId: 'agree-privacy' }]);
    expect(privacyStore.getState().pending).toBeNull();
  });

  it('declines an older request when a newer one arrives, so no API waits forever', () => {
    const first: PrivacyAnswer[] = [];
    const second: PrivacyAnswer[] = [];
    privacyStore.getState().ask((a) => first.push(a));
    privacyStore.getState().ask((a) => second.push(a));
    privacyStore.getState().answer({ event: 'disagree' });
    expect(first).toEqual([{ event: 'disagree' }]);
    expect(second).toEqual([{ event: 'disagree' }]);
  });
});
