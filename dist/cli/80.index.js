export const id = 80;
export const ids = [80];
export const modules = {

/***/ 2080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  downloadRelease: () => (/* binding */ downloadRelease)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js + 15 modules
var tool_cache = __webpack_require__(3143);
// EXTERNAL MODULE: ./src/terraform/install/errors.ts
var errors = __webpack_require__(4737);
;// CONCATENATED MODULE: ./src/terraform/install/hashicorp-key.ts
// HashiCorp's release signing key, as HashiCorp publishes it (https://www.hashicorp.com/security),
// is the only key a downloaded Terraform is checked against: no input or environment variable can
// replace it.
/** Fingerprint of the primary key, as HashiCorp prints it. */
const HASHICORP_KEY_FINGERPRINT = 'C874 011F 0AB4 0511 0D02 1055 3436 5D94 72D7 468F';
const HASHICORP_PUBLIC_KEY = `-----BEGIN PGP PUBLIC KEY BLOCK-----

mQINBGB9+xkBEACabYZOWKmgZsHTdRDiyPJxhbuUiKX65GUWkyRMJKi/1dviVxOX
PG6hBPtF48IFnVgxKpIb7G6NjBousAV+CuLlv5yqFKpOZEGC6sBV+Gx8Vu1CICpl
Zm+HpQPcIzwBpN+Ar4l/exCG/f/MZq/oxGgH+TyRF3XcYDjG8dbJCpHO5nQ5Cy9h
QIp3/Bh09kET6lk+4QlofNgHKVT2epV8iK1cXlbQe2tZtfCUtxk+pxvU0UHXp+AB
0xc3/gIhjZp/dePmCOyQyGPJbp5bpO4UeAJ6frqhexmNlaw9Z897ltZmRLGq1p4a
RnWL8FPkBz9SCSKXS8uNyV5oMNVn4G1obCkc106iWuKBTibffYQzq5TG8FYVJKrh
RwWB6piacEB8hl20IIWSxIM3J9tT7CPSnk5RYYCTRHgA5OOrqZhC7JefudrP8n+M
pxkDgNORDu7GCfAuisrf7dXYjLsxG4tu22DBJJC0c/IpRpXDnOuJN1Q5e/3VUKKW
mypNumuQpP5lc1ZFG64TRzb1HR6oIdHfbrVQfdiQXpvdcFx+Fl57WuUraXRV6qfb
4ZmKHX1JEwM/7tu21QE4F1dz0jroLSricZxfaCTHHWNfvGJoZ30/MZUrpSC0IfB3
iQutxbZrwIlTBt+fGLtm3vDtwMFNWM+Rb1lrOxEQd2eijdxhvBOHtlIcswARAQAB
tERIYXNoaUNvcnAgU2VjdXJpdHkgKGhhc2hpY29ycC5jb20vc2VjdXJpdHkpIDxz
ZWN1cml0eUBoYXNoaWNvcnAuY29tPokCVAQTAQoAPgIbAwULCQgHAgYVCgkICwIE
FgIDAQIeAQIXgBYhBMh0AR8KtAURDQIQVTQ2XZRy10aPBQJplkfQBQkQrOy3AAoJ
EDQ2XZRy10aPw6gP/3GUEMUa6mCRuuSOT9UnziPIvXYd63mcN6A6Jwmwj8JaB2qu
OCijvJkw56UbZK3x1FZIbe0hA6VUAwNSNmSIxVJkilgwIYYFO0tnL79XhIeP7jYF
ydXLZ4rTi1FDl8lltAujTNARdY8UGg4hGlcM9OrEeXEFLWugJNiChL15FVoxZqIS
jeduaEqyxGfJnyVwy8z3pZfgODeFr7xs2NkUIMSfuRg24VcL4aW8Frt3jW8P45y3
o/5fsi6Aw2tZ0wD9NSgkVc8VD1NRV9eSZ95Bv+Awf9IXa+Cn5OCjc8Jc+XF+nLfB
oPswOO7E8dLiuBUw6/GzSLMbVs8qf8BNXB92dOe1VccVTqjCxK2sEpVaHh7e+co8
d8lDGBIWMGh7NS6XlGORpFb/T6gxjjOYUV3SKd4QDebUUG8kMkb5juLljOoq+YOP
vgNLDZLZteFpmH+zB9DpOY1YtHZB/OD+DtzLMaSl6VPF2Ln0j5aQGwNDt7sheyAe
sXbu0qn2H5FxojSfvhT0kUDKZ0mgg5y3Oflg49MiAOhjLGY0JocFpBeMILw27fbw
fpIBP7siQWFTFJ1O+l2NQiWAwC2x5fX2EakyCBJmrkPV2hr4nEogNqg9/RDskIUq
cpcOOd/0BntiXMyUCCH2AoCt5acaTQ0WU6CAosZPojOYhtGGgOgeQSdflpMSuQIN
BGB9+xkBEACoklYsfvWRCjOwS8TOKBTfl8myuP9V9uBNbyHufzNETbhYeT33Cj0M
GCNd9GdoaknzBQLbQVSQogA+spqVvQPz1MND18GIdtmr0BXENiZE7SRvu76jNqLp
KxYALoK2Pc3yK0JGD30HcIIgx+lOofrVPA2dfVPTj1wXvm0rbSGA4Wd4Ng3d2AoR
G/wZDAQ7sdZi1A9hhfugTFZwfqR3XAYCk+PUeoFrkJ0O7wngaon+6x2GJVedVPOs
2x/XOR4l9ytFP3o+5ILhVnsK+ESVD9AQz2fhDEU6RhvzaqtHe+sQccR3oVLoGcat
ma5rbfzH0Fhj0JtkbP7WreQf9udYgXxVJKXLQFQgel34egEGG+NlbGSPG+qHOZtY
4uWdlDSvmo+1P95P4VG/EBteqyBbDDGDGiMs6lAMg2cULrwOsbxWjsWka8y2IN3z
1stlIJFvW2kggU+bKnQ+sNQnclq3wzCJjeDBfucR3a5WRojDtGoJP6Fc3luUtS7V
5TAdOx4dhaMFU9+01OoH8ZdTRiHZ1K7RFeAIslSyd4iA/xkhOhHq89F4ECQf3Bt4
ZhGsXDTaA/VgHmf3AULbrC94O7HNqOvTWzwGiWHLfcxXQsr+ijIEQvh6rHKmJK8R
9NMHqc3L18eMO6bqrzEHW0Xoiu9W8Yj+WuB3IKdhclT3w0pO4Pj8gQARAQABiQI8
BBgBCgAmAhsMFiEEyHQBHwq0BRENAhBVNDZdlHLXRo8FAmmWR+0FCRCs7NQACgkQ
NDZdlHLXRo/R0A//QW1opBlzWSmWww1q9QuJA2WCIIs8tJKRDOsmgJPscNpzwZFU
N1Df0wWNjqi1BDReei7lZTHwUk+ebBn0bkI3ANmmgYg7LBueAt5UWSingOc+rvKA
N32BDzBYkMckRzJSQsmeC5hm3J3wLSy90uaIlrJJE9GJZkf/W2Ob+4SQZZ+dnnRP
JokDdW1DuZS9PbxSLJKD5eIWHBxJnFM1CmHfOfrjTJ+MYvVGM5sxSY8R7E+GADj5
L/i4N+tTFJLuTMYARGfA6d+KPKcMJtgpUPjSMAg8nGUhukctpuBs27mOKW0CBtmJ
82X/qYROTL0+vGTvUYflYiuceVlhX/kw0JZnMaG5V/mpHq8SwD07pCGOf69j/mNa
5EL3++Pmzg0s0stw3Ea5pCN0cL/nKkoWchHBfW15W4JOnKAIspyD1vH670P4WfeV
E9B9d6tgKSbM/9JlXoQS5ZdG+kbdosieELhmVWmvojyK7K+Ry6C9wgd+UfnW5jXd
iNwKW3KHuautQwlFhHRNMyDg08c+pI5emTMT3IUQyGWo+Gska3TqGujFcABx7Ip+
mHNmMrCkSD+XC2bvzvRR7FcM0/B9fsjLX/Wttm5vRJ1d2oAoEPvw2IZnJIXpOt2z
zo55sJTztNu4lWGgDVgtp9SXO5a0E5YvFHQNZN5QLeVTTFu6I7qG+ME1E/K5Ag0E
YH3+JQEQALivllTjMolxUW2OxrXb+a2Pt6vjCBsiJzrUj0Pa63U+lT9jldbCCfgP
wDpcDuO1O05Q8k1MoYZ6HddjWnqKG7S3eqkV5c3ct3amAXp513QDKZUfIDylOmhU
qvxjEgvGjdRjz6kECFGYr6Vnj/p6AwWv4/FBRFlrq7cnQgPynbIH4hrWvewp3Tqw
GVgqm5RRofuAugi8iZQVlAiQZJo88yaztAQ/7VsXBiHTn61ugQ8bKdAsr8w/ZZU5
HScHLqRolcYg0cKN91c0EbJq9k1LUC//CakPB9mhi5+aUVUGusIM8ECShUEgSTCi
KQiJUPZ2CFbbPE9L5o9xoPCxjXoX+r7L/WyoCPTeoS3YRUMEnWKvc42Yxz3meRb+
BmaqgbheNmzOah5nMwPupJYmHrjWPkX7oyyHxLSFw4dtoP2j6Z7GdRXKa2dUYdk2
x3JYKocrDoPHh3Q0TAZujtpdjFi1BS8pbxYFb3hHmGSdvz7T7KcqP7ChC7k2RAKO
GiG7QQe4NX3sSMgweYpl4OwvQOn73t5CVWYp/gIBNZGsU3Pto8g27vHeWyH9mKr4
cSepDhw+/X8FGRNdxNfpLKm7Vc0Sm9Sof8TRFrBTqX+vIQupYHRi5QQCuYaV6OVr
ITeegNK3So4m39d6ajCR9QxRbmjnx9UcnSYYDmIB6fpBuwT0ogNtABEBAAGJBHIE
GAEKACYCGwIWIQTIdAEfCrQFEQ0CEFU0Nl2UctdGjwUCYH4bgAUJAeFQ2wJAwXQg
BBkBCgAdFiEEs2y6kaLAcwxDX8KAsLRBCXaFtnYFAmB9/iUACgkQsLRBCXaFtnYX
BhAAlxejyFXoQwyGo9U+2g9N6LUb/tNtH29RHYxy4A3/ZUY7d/FMkArmh4+dfjf0
p9MJz98Zkps20kaYP+2YzYmaizO6OA6RIddcEXQDRCPHmLts3097mJ/skx9qLAf6
rh9J7jWeSqWO6VW6Mlx8j9m7sm3Ae1OsjOx/m7lGZOhY4UYfY627+Jf7WQ5103Qs
lgQ09es/vhTCx0g34SYEmMW15Tc3eCjQ21b1MeJD/V26npeakV8iCZ1kHZHawPq/
aCCuYEcCeQOOteTWvl7HXaHMhHIx7jjOd8XX9V+UxsGz2WCIxX/j7EEEc7CAxwAN
nWp9jXeLfxYfjrUB7XQZsGCd4EHHzUyCf7iRJL7OJ3tz5Z+rOlNjSgci+ycHEccL
YeFAEV+Fz+sj7q4cFAferkr7imY1XEI0Ji5P8p/uRYw/n8uUf7LrLw5TzHmZsTSC
UaiL4llRzkDC6cVhYfqQWUXDd/r385OkE4oalNNE+n+txNRx92rpvXWZ5qFYfv7E
95fltvpXc0iOugPMzyof3lwo3Xi4WZKc1CC/jEviKTQhfn3WZukuF5lbz3V1PQfI
xFsYe9WYQmp25XGgezjXzp89C/OIcYsVB1KJAKihgbYdHyUN4fRCmOszmOUwEAKR
3k5j4X8V5bk08sA69NVXPn2ofxyk3YYOMYWW8ouObnXoS8QJEDQ2XZRy10aPMpsQ
AIbwX21erVqUDMPn1uONP6o4NBEq4MwG7d+fT85rc1U0RfeKBwjucAE/iStZDQoM
ZKWvGhFR+uoyg1LrXNKuSPB82unh2bpvj4zEnJsJadiwtShTKDsikhrfFEK3aCK8
Zuhpiu3jxMFDhpFzlxsSwaCcGJqcdwGhWUx0ZAVD2X71UCFoOXPjF9fNnpy80YNp
flPjj2RnOZbJyBIM0sWIVMd8F44qkTASf8K5Qb47WFN5tSpePq7OCm7s8u+lYZGK
wR18K7VliundR+5a8XAOyUXOL5UsDaQCK4Lj4lRaeFXunXl3DJ4E+7BKzZhReJL6
EugV5eaGonA52TWtFdB8p+79wPUeI3KcdPmQ9Ll5Zi/jBemY4bzasmgKzNeMtwWP
fk6WgrvBwptqohw71HDymGxFUnUP7XYYjic2sVKhv9AevMGycVgwWBiWroDCQ9Ja
btKfxHhI2p+g+rcywmBobWJbZsujTNjhtme+kNn1mhJsD3bKPjKQfAxaTskBLb0V
wgV21891TS1Dq9kdPLwoS4XNpYg2LLB4p9hmeG3fu9+OmqwY5oKXsHiWc43dei9Y
yxZ1AAUOIaIdPkq+YG/PhlGE4YcQZ4RPpltAr0HfGgZhmXWigbGS+66pUj+Ojysc
j0K5tCVxVu0fhhFpOlHv0LWaxCbnkgkQH9jfMEJkAWMOuQINBGCAXCYBEADW6RNr
ZVGNXvHVBqSiOWaxl1XOiEoiHPt50Aijt25yXbG+0kHIFSoR+1g6Lh20JTCChgfQ
kGGjzQvEuG1HTw07YhsvLc0pkjNMfu6gJqFox/ogc53mz69OxXauzUQ/TZ27GDVp
UBu+EhDKt1s3OtA6Bjz/csop/Um7gT0+ivHyvJ/jGdnPEZv8tNuSE/Uo+hn/Q9hg
8SbveZzo3C+U4KcabCESEFl8Gq6aRi9vAfa65oxD5jKaIz7cy+pwb0lizqlW7H9t
Qlr3dBfdIcdzgR55hTFC5/XrcwJ6/nHVH/xGskEasnfCQX8RYKMuy0UADJy72TkZ
bYaCx+XXIcVB8GTOmJVoAhrTSSVLAZspfCnjwnSxisDn3ZzsYrq3cV6sU8b+QlIX
7VAjurE+5cZiVlaxgCjyhKqlGgmonnReWOBacCgL/UvuwMmMp5TTLmiLXLT7uxeG
ojEyoCk4sMrqrU1jevHyGlDJH9Taux15GILDwnYFfAvPF9WCid4UZ4Ouwjcaxfys
3LxNiZIlUsXNKwS3mhiMRL4TRsbs4k4QE+LIMOsauIvcvm8/frydvQ/kUwIhVTH8
0XGOH909bYtJvY3fudK7ShIwm7ZFTduBJUG473E/Fn3VkhTmBX6+PjOC50HR/Hyb
waRCzfDruMe3TAcE/tSP5CUOb9C7+P+hPzQcDwARAQABiQRyBBgBCgAmAhsCFiEE
yHQBHwq0BRENAhBVNDZdlHLXRo8FAmmWSAoFCRCqi+QCQMF0IAQZAQoAHRYhBDdO
x1tIWRNgSoMcx8ggxtXNJ6uHBQJggFwmAAoJEMggxtXNJ6uHRfAP/2CGdSyg0K7U
66Vygl0dugxrMm8O3/Oe211BKdQsFUSWAznOTRTK/zvMUHO4LJAlYvdtZ6xDa4XH
l9FYQ8MR9ZV0OuOlAZvU4IJDLPVCU09X/UzX/GEoZL0R5esvwPAXopMaRHCfXJeI
/gEaB94UhAeYlwpcRn0eSuk1vyZx7GRE6/hog8DCf4hoT40dW20gGe58xcvJ+mRY
lC0lr16WH08wuUcee6+dgu+4Cg6SG6+zt9cMyl8VnTUL5BK/V3MebnYZJK0RFDNn
nXDhzStgOd5gOeIL+xBPXHd0/ld/rDM74SFExpuS+hNsyo+xMQ/HJavak21MFinu
l9COwfGEmlAXTGMY30Lf3Pt/eAkbwgmGc966VSoRmOFEXJVlDr+yJR6ru+7j50z8
lAv6Lsop7sun1Qysbo0swf6W1qgPf6VWbx91NTFLkw0+gD8jxwrU5ZMkeSuntX9d
pjuZS29CflXXIRPlvhuiDPicwTpYuIUx37vHveAH5gnowZg247x780Urrsx8duTX
8CI9MAnqzm4dFAiRlwE8bvLk+l9wekiXA9gIMZiVNqNlduXIqvAG21Wdgq8qyeXK
y/XWCVKDQOmEbFAltfNam8E3KEw0fl199x+93d5ckDGcPzUYPbNkCuIwngC/ZN96
pDafF3Z12fSNfhZUe0C8td8KAszYa96GCRA0Nl2UctdGj1gKD/4jOGhEGTg88Vyu
PVjeK+zkwrTIZSvHdUHfTt/+rTLSNb/RQiBCUQuEZvafj6FrntS7bAEhccGqH894
T3St5K0AXWkvsLd6K+cbIQdlnFA2zb6geJUCk6qx5NgWpRc3i0DS7CheGwl+Bwu7
+n9pNjNjiHV+rYDgqbQXG0dtGysB0/3qIRgEDHFO0HJu/dcte4oXrQIqrZrpOwe8
WxqFqdU918JpSUcc8coiFp9YtwpgqQNxGVZ+rhgnTGdZzk1f/Yhhimh+2B0ReaFv
k3UzVBj3HQ9C6+Ot3MyDEhSgdhjr9e25Tm9S5YfhwtWmghRw9RKPyLMSXSxm/Uc0
mK1NucAp8TQBwKqKzNpCk5IdrBSWRUbjOoOFyzyCsY6gS285GCpSIzI39hTf+3gd
wYPlE6fj+F2TZzdhx62DPnzBzBHnByYTVdJ649bx0FFp4Q+5TbIWtxu/AQkRDxmW
NQfE+6GgeshlrhXWsh6+PGDzt+2raG6zUT913sdz7Ctw4fLjmsKOTdTz3Xa9pr8l
xfI/JuukSgt9o/n3GirhTB3zE1w/I/Xt6k7oASiP3zQSuHtB/CYKYHDtOCWwjo7J
PEGtb/FkreKNxsk/p20jnlrB8WZxxswdr2Vri9NmFeyMDVX7qF3WqT+8aCV9GtS1
GCHx/5nGBdDwoxEsXqpI3IUqPb6FDg==
=wtp+
-----END PGP PUBLIC KEY BLOCK-----
`;

// EXTERNAL MODULE: ./src/terraform/install/http.ts + 1 modules
var http = __webpack_require__(4113);
// EXTERNAL MODULE: ./src/terraform/install/platform.ts
var install_platform = __webpack_require__(5253);
// EXTERNAL MODULE: ./src/terraform/install/releases.ts
var releases = __webpack_require__(6360);
// EXTERNAL MODULE: ./node_modules/openpgp/dist/node/openpgp.mjs
var openpgp = __webpack_require__(3074);
;// CONCATENATED MODULE: ./src/terraform/install/verify.ts
// The two checks between a mirror and the tool cache: SHA256SUMS carries a valid OpenPGP signature
// by the trusted key, and the zip's SHA-256 is the one SHA256SUMS lists. Any doubt is a refusal.



async function readTrustedKey(armoredKey) {
    const key = await openpgp/* readKey */.YZ({ armoredKey });
    const fingerprint = key
        .getFingerprint()
        .toUpperCase()
        .replace(/(.{4})(?!$)/g, '$1 ');
    return {
        key,
        fingerprint,
        shortId: key.getKeyID().toHex().slice(-8).toUpperCase(),
        label: fingerprint === HASHICORP_KEY_FINGERPRINT ? "HashiCorp's release key" : 'the trusted key',
    };
}
/** Resolves when `signature` is a detached signature of exactly `data` by the trusted key. */
async function verifySignature(data, signature, trusted, name) {
    try {
        const text = Buffer.from(signature).toString('latin1');
        const parsed = text.startsWith('-----BEGIN PGP SIGNATURE-----')
            ? await openpgp/* readSignature */.Bc({ armoredSignature: text })
            : await openpgp/* readSignature */.Bc({ binarySignature: signature });
        const result = await openpgp/* verify */.MX({
            message: await openpgp/* createMessage */.oH({ binary: data }),
            signature: parsed,
            verificationKeys: trusted.key,
            // HashiCorp re-signed its key after older releases were signed; without this openpgp.js
            // refuses those genuine signatures ("Signature creation time is in the future").
            config: { allowInsecureVerificationWithReformattedKeys: true },
        });
        if (result.signatures.length === 0)
            throw new Error('the file holds no signature');
        for (const { verified } of result.signatures)
            await verified;
    }
    catch (error) {
        throw new errors/* TerraformInstallError */.U('signature', `The OpenPGP signature of ${name} does not verify with ${trusted.label} (${trusted.fingerprint}): ${error.message}. The release may have been tampered with; nothing was installed.`);
    }
}
/** File name → lower-case hex SHA-256, from a SHA256SUMS file (`<hex>  <name>` lines). */
function parseShasums(text, name) {
    const sums = new Map();
    const lines = text.split('\n');
    for (const [index, line] of lines.entries()) {
        if (line.trim() === '')
            continue;
        const match = /^([0-9a-fA-F]{64}) [ *](\S+)$/.exec(line.replace(/\r$/, ''));
        if (!match) {
            throw new errors/* TerraformInstallError */.U('checksum', `${name} line ${index + 1} is not '<sha256>  <file>'`);
        }
        const [, hex, file] = match;
        const known = sums.get(file);
        if (known !== undefined && known !== hex.toLowerCase()) {
            throw new errors/* TerraformInstallError */.U('checksum', `${name} lists ${file} twice with different sums`);
        }
        sums.set(file, hex.toLowerCase());
    }
    return sums;
}

;// CONCATENATED MODULE: ./src/terraform/install/download.ts
// Fetching a release: SHA256SUMS and its OpenPGP signature by the trusted key, the zip and its
// SHA-256, then unpacking into the tool cache. Loaded only when Terraform must be downloaded.









const TOOL = 'terraform';
async function downloadRelease(release, context, client) {
    const { deps, mirror, platform } = context;
    const { version } = release;
    const build = release.builds.find((b) => b.os === platform.os && b.arch === platform.arch);
    if (!build) {
        const available = [...new Set(release.builds.map((b) => `${b.os}_${b.arch}`))].sort();
        throw new errors/* TerraformInstallError */.U('no-build', `Terraform ${version} has no build for ${platform.os}_${platform.arch}; it is published for ${available.join(', ') || 'no platform'}`);
    }
    const trusted = await readTrustedKey(deps.trustedKey ?? HASHICORP_PUBLIC_KEY);
    const shasums = await client.get((0,releases/* releaseUrl */.XA)(mirror, version, release.shasums));
    if (!shasums) {
        throw new errors/* TerraformInstallError */.U('checksum', `${(0,http/* displayUrl */.Qy)((0,releases/* releaseUrl */.XA)(mirror, version, release.shasums))} does not exist (404): the release cannot be verified`);
    }
    await verifySignature(shasums, await signatureOf(release, trusted.shortId, context, client), trusted, release.shasums);
    const expected = parseShasums(shasums.toString('utf8'), release.shasums).get(build.filename);
    if (!expected) {
        throw new errors/* TerraformInstallError */.U('checksum', `${release.shasums} does not list ${build.filename}`);
    }
    await (0,promises_.mkdir)(context.dirs.temp, { recursive: true });
    const work = await (0,promises_.mkdtemp)(external_node_path_default().join(context.dirs.temp, 'terraform-'));
    try {
        const zipUrl = (0,releases/* releaseUrl */.XA)(mirror, version, build.filename);
        deps.log.info(`Downloading ${(0,http/* displayUrl */.Qy)(zipUrl)}`);
        const zip = external_node_path_default().join(work, build.filename);
        const actual = await client.download(zipUrl, zip);
        if (!actual) {
            throw new errors/* TerraformInstallError */.U('mirror', `${(0,http/* displayUrl */.Qy)(zipUrl)} does not exist (404)`);
        }
        if (actual !== expected) {
            throw new errors/* TerraformInstallError */.U('checksum', `The SHA-256 of ${build.filename} is ${actual}, but the signed ${release.shasums} says ${expected}. The download is corrupt or was tampered with; nothing was installed.`);
        }
        deps.log.info(`Verified ${build.filename}: SHA-256 matches ${release.shasums}, signed by ${trusted.label} (${trusted.fingerprint})`);
        const unpacked = await unpack(zip, external_node_path_default().join(work, 'unpacked'), platform);
        const dir = await tool_cache/* cacheDir */.e8(unpacked, TOOL, version, platform.arch);
        const binary = external_node_path_default().join(dir, (0,install_platform/* binaryName */.f)(platform));
        deps.log.info(`Installed Terraform ${version} (${platform.os}_${platform.arch}) at ${binary}`);
        return { path: binary, version, source: 'download' };
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
    }
}
/** The first signature file the mirror has, preferring the one named for the trusted key. */
async function signatureOf(release, keyId, context, client) {
    const candidates = (0,releases/* signatureFiles */.a8)(release, keyId);
    for (const file of candidates) {
        const signature = await client.get((0,releases/* releaseUrl */.XA)(context.mirror, release.version, file));
        if (signature)
            return signature;
        context.deps.log.debug(`${file} is not on the mirror (404)`);
    }
    throw new errors/* TerraformInstallError */.U('signature', `None of the signature files of ${release.shasums} (${candidates.join(', ')}) exists on ${(0,http/* displayUrl */.Qy)(context.mirror)}: the release cannot be verified`);
}
async function unpack(zip, dest, platform) {
    const name = (0,install_platform/* binaryName */.f)(platform);
    try {
        await tool_cache/* extractZip */.JE(zip, dest);
    }
    catch (error) {
        const message = error.message;
        const hint = /unzip/i.test(message) ? ' (install unzip, e.g. `apt-get install unzip`)' : '';
        throw new errors/* TerraformInstallError */.U('extract', `Could not unpack ${external_node_path_default().basename(zip)}${hint}: ${message}`);
    }
    const binary = external_node_path_default().join(dest, name);
    const found = await (0,promises_.stat)(binary).catch(() => undefined);
    if (!found?.isFile()) {
        const contents = await (0,promises_.readdir)(dest).catch(() => []);
        throw new errors/* TerraformInstallError */.U('extract', `${external_node_path_default().basename(zip)} holds no ${name} (it holds: ${contents.join(', ') || 'nothing'})`);
    }
    if (platform.os !== 'windows')
        await (0,promises_.chmod)(binary, 0o755);
    return dest;
}


/***/ })

};
