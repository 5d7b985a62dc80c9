// A real OpenID Connect provider (npm oidc-provider) for the sign-on tests.
// Usage: node provider.mjs CONFIG_JSON   (started by tests/oidc/conftest.py on a loopback port)
// CONFIG_JSON: {"port", "client": {"client_id", "client_secret", "redirect_uris",
//   "post_logout_redirect_uris"}, "accounts": {"<id>": {"email", "name", "groups"}},
//   "code_ttl": seconds}
import Provider from 'oidc-provider';

const config = JSON.parse(process.argv[2]);
const issuer = `http://127.0.0.1:${config.port}`;
const page = (title, body) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

const provider = new Provider(issuer, {
  clients: [{
    ...config.client,
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  }],
  async findAccount(ctx, id) {
    const account = config.accounts[id];
    if (!account) return undefined;
    return {
      accountId: id,
      async claims() {
        return { sub: id, email: account.email, email_verified: account.email_verified ?? true,
                 name: account.name,
                 groups: account.groups };
      },
    };
  },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'],
            groups: ['groups'] },
  scopes: ['openid', 'email', 'profile', 'groups'],
  pkce: { required: () => true },
  ttl: { AuthorizationCode: config.code_ttl || 60, AccessToken: 600, IdToken: 600,
         Interaction: 600, Session: 3600, Grant: 3600 },
  cookies: { keys: ['test-only-cookie-signing-key'] },
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: {
      enabled: true,
      async logoutSource(ctx, form) {
        ctx.body = page('Uitloggen bij de testprovider', `${form}
          <button autofocus type="submit" form="op.logoutForm" value="yes" name="logout">
          Yes, sign me out</button>`);
      },
      async postLogoutSuccessSource(ctx) {
        ctx.body = page('Signed out', '<p>You are signed out.</p>');
      },
    },
  },
  // The municipality's provider has the app pre-approved: no consent screen.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId
      || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({
      clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId,
    });
    grant.addOIDCScope('openid email profile groups');
    grant.addOIDCClaims(['email', 'email_verified', 'name', 'groups']);
    await grant.save();
    return grant;
  },
});
provider.on('server_error', (ctx, error) => console.error('server_error', error));
provider.listen(config.port, '127.0.0.1', () => console.log(`ready ${issuer}`));
