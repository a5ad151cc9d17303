import 'webextension-polyfill'
