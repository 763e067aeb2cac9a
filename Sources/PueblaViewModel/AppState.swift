import PueblaKit
