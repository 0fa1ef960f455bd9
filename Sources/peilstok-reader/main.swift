import Peilstok
import PeilstokCLI
import PeilstokPDF

PDFSupport.reader = PopplerReader()
await PeilstokCommand.launch()
