/** @jest-environment jsdom */
// The Taro shim first: it sets up the H5 runtime that @tarojs/runtime expects.
import '@tarojs/taro';
import { Current } from '@tarojs/runtime';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { dataOf, sendAs } from '@tests/support/dispatch-kit';
import { onboardNewPerson } from '@tests/support/onboarding-fixture';
import { serveTaroRequests, type RequestBackend } from '@tests/support/taro-request-backend';
import { openTestStack, type TestStack } from '@tests/support/temp-sqlite-store';
import BindPage from './';

/** 工作人员绑定 against the real back end, as a WeChat identity nobody knows yet. */
let stack: TestStack;
let backend: RequestBackend;
let code = '';

beforeEach(async () => {
  stack = await openTestStack();
  ({ code } = await onboardNewPerson(sendAs(stack)));
  backend = serveTaroRequests(stack, { openid: 'o-new-hire' });
  Current.router = {
    params: { code },
    path: '/subpackages/account/pages/bind/index',
    $taroPath: '/subpackages/account/pages/bind/index',
    onReady: '',
    onHide: '',
    onShow: '',
  };
});
afterEach(() => {
  Current.router = null;
  backend.restore();
  stack.close();
});

const mobileInput = () =>
  waitFor(() => {
    const inputs = document.querySelectorAll('input');
    if (inputs.length < 2) throw new Error('form not rendered yet');
    return inputs[1] as HTMLInputElement;
  });

describe('工作人员绑定 page', () => {
  test('takes the code from the link, shows a wrong mobile next to the form, then binds', async () => {
    render(<BindPage />);
    const mobile = await mobileInput();
    expect((document.querySelectorAll('input')[0] as HTMLInputElement).value).toBe(code);
    fireEvent.input(mobile, { target: { value: '13900000000' } });
    fireEvent.click(screen.getByText('确认绑定'));
    await screen.findByText('手机号与登记的不一致，请核对');
    fireEvent.input(mobile, { target: { value: '13911112222' } });
    fireEvent.click(screen.getByText('确认绑定'));
    await screen.findByText('绑定成功');
    expect(screen.getByText('马新员，您的身份：专员')).toBeTruthy();
    expect(dataOf(await sendAs(stack)({ openid: 'o-new-hire' }, 'account.whoami', {})).roles).toEqual(['staff']);
  });
});
