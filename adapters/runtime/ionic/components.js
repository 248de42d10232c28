// Ionic's component and directive classes, which apps list in `imports`: inert (no metadata, so DI ignores them;
// the template compiler renders the ion-* elements), but for IonContent, which code injects (ionic/content.js), and
// what @ViewChild of IonContent, IonInfiniteScroll, IonModal and IonPopover gets.
var IonContent = require('./content.js').IonContent;

function IonicSafeString(value) {
  this.value = value;
}

module.exports = { IonicSafeString: IonicSafeString, IonicSlides: {}, IonContent: IonContent };

('IonAccordion IonAccordionGroup IonActionSheet IonAlert IonApp IonAvatar IonBackButton IonBackdrop IonBadge ' +
  'IonBreadcrumb IonBreadcrumbs IonButton IonButtons IonCard IonCardContent IonCardHeader IonCardSubtitle ' +
  'IonCardTitle IonCheckbox IonChip IonCol IonDatetime IonDatetimeButton IonFab IonFabButton IonFabList ' +
  'IonFooter IonGrid IonHeader IonIcon IonImg IonInfiniteScroll IonInfiniteScrollContent IonInput ' +
  'IonInputPasswordToggle IonItem IonItemDivider IonItemGroup IonItemOption IonItemOptions IonItemSliding IonLabel ' +
  'IonList IonListHeader IonLoading IonMenu IonMenuButton IonMenuToggle IonModal IonNavLink IonNote ' +
  'IonPicker IonPickerColumn IonPickerColumnOption IonPickerLegacy IonPopover IonProgressBar IonRadio ' +
  'IonRadioGroup IonRange IonRefresher IonRefresherContent IonReorder IonReorderGroup IonRippleEffect IonRouterLink ' +
  'IonRouterLinkWithHref IonRow IonSearchbar IonSegment IonSegmentButton IonSegmentContent IonSegmentView ' +
  'IonSelect IonSelectModal IonSelectOption IonSkeletonText IonSpinner IonSplitPane IonTab IonTabBar IonTabButton ' +
  'IonText IonTextarea IonThumbnail IonTitle IonToast IonToggle IonToolbar BooleanValueAccessor ' +
  'NumericValueAccessor SelectValueAccessor TextValueAccessor RouterLinkDelegate RouterLinkWithHrefDelegate ' +
  'IonMaxValidator IonMinValidator').split(' ').forEach(function (name) {
  module.exports[name] = function () {};
});
// @ViewChild(IonInfiniteScroll): the page's reach-bottom hook target (`disabled`, `complete()`: view.js)
module.exports.IonInfiniteScroll.ɵquery = function (host) { return host.view.hookTarget('reachBottom'); };
// @ViewChild(IonModal), (IonPopover): the view's inline overlays (dismiss(): view/overlays.js); none without one
module.exports.IonModal.ɵquery = module.exports.IonPopover.ɵquery = function (host) {
  return host.view.inlineOverlays ? host.view.inlineOverlays() : undefined;
};
