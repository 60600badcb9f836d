// The widget's Chinese texts: a module with side effects only (it registers them with the widget).
declare module 'altcha/i18n/zh-cn';
