import { describe, expect, it } from 'vitest';
import { oidcConfig, passwordSignIn } from '@/lib/auth/oidc';

const ON = { OIDC_ISSUER: 'https://id.example.gov.cn/realms/gov/', OIDC_CLIENT_ID: 'dd', OIDC_CLIENT_SECRET: 's' };

describe('统一身份认证 settings', () => {
  it('turns on only with issuer, client and secret together, the issuer without its trailing slash', () => {
    expect(oidcConfig({})).toBeNull();
    expect(oidcConfig({ ...ON, OIDC_CLIENT_SECRET: '' })).toBeNull();
    expect(oidcConfig(ON)).toEqual({
      issuer: 'https://id.example.gov.cn/realms/gov',
      clientId: 'dd',
      clientSecret: 's',
      claim: 'preferred_username',
      label: '统一身份认证登录',
    });
    expect(oidcConfig({ ...ON, OIDC_MATCH_CLAIM: 'email', OIDC_LABEL: '省统一身份认证平台登录' })).toMatchObject({
      claim: 'email',
      label: '省统一身份认证平台登录',
    });
  });

  it('keeps password sign-in unless PASSWORD_SIGNIN=0 and another way in exists', () => {
    expect(passwordSignIn({})).toBe(true);
    expect(passwordSignIn({ PASSWORD_SIGNIN: '0' })).toBe(true); // nobody could sign in otherwise
    expect(passwordSignIn({ ...ON })).toBe(true);
    expect(passwordSignIn({ ...ON, PASSWORD_SIGNIN: '0' })).toBe(false);
  });
});
