<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>songngu::AlignCommand</name>
    <message>
        <source>Paragraphs or sentences.</source>
        <translation>Đoạn hoặc câu.</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos; (use paragraph or sentence)</source>
        <translation>không rõ đơn vị &apos;%1&apos; (dùng paragraph hoặc sentence)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use tsv, json or tmx)</source>
        <translation>không rõ định dạng &apos;%1&apos; (dùng tsv, json hoặc tmx)</translation>
    </message>
    <message>
        <source>give an English file and its Vietnamese translation, or one bilingual file</source>
        <translation>hãy cho một tệp tiếng Anh và bản dịch tiếng Việt của nó, hoặc một tệp song ngữ</translation>
    </message>
    <message>
        <source>%1 is the Vietnamese text: aligning it with the English of %2</source>
        <translation>%1 là văn bản tiếng Việt: căn chỉnh nó với phần tiếng Anh của %2</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>%1 has no %2 paragraphs</source>
        <translation>%1 không có đoạn %2 nào</translation>
    </message>
</context>
<context>
    <name>songngu::AlignedPane</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy &amp;row (English and Vietnamese)</source>
        <translation>Sao chép &amp;hàng (tiếng Anh và tiếng Việt)</translation>
    </message>
    <message>
        <source>Show in &amp;Entities</source>
        <translation>Hiện t&amp;rong Thực thể</translation>
    </message>
    <message>
        <source>&amp;Add to Glossary…</source>
        <translation>Thêm vào &amp;bảng thuật ngữ…</translation>
    </message>
</context>
<context>
    <name>songngu::AlignmentCorrections</name>
    <message>
        <source>not saved corrections (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>không phải tệp chỉnh sửa đã lưu (không có &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>written by a newer version of Song Ngữ</source>
        <translation>được ghi bởi một phiên bản Song Ngữ mới hơn</translation>
    </message>
    <message>
        <source>&quot;english_units&quot; and &quot;vietnamese_units&quot; are not %1 and %2, the sentences of these texts</source>
        <translation>&quot;english_units&quot; và &quot;vietnamese_units&quot; không phải %1 và %2, số câu của các văn bản này</translation>
    </message>
    <message>
        <source>&quot;rows&quot; is not a list</source>
        <translation>&quot;rows&quot; không phải một danh sách</translation>
    </message>
    <message>
        <source>row %1 is not four sentence numbers from 0 to %2 and %3</source>
        <translation>hàng %1 không phải bốn số thứ tự câu từ 0 đến %2 và %3</translation>
    </message>
    <message>
        <source>the rows do not cover the sentences in order, once each</source>
        <translation>các hàng không bao phủ các câu theo thứ tự, mỗi câu một lần</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1; fix or remove it, then try again</source>
        <translation>%1; hãy sửa hoặc xóa tệp rồi thử lại</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>không tạo được thư mục %1</translation>
    </message>
    <message>
        <source>cannot remove %1: %2</source>
        <translation>không xóa được %1: %2</translation>
    </message>
</context>
<context>
    <name>songngu::AlignmentEditor</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Merge With Next Row</source>
        <translation>&amp;Gộp với hàng sau</translation>
    </message>
    <message>
        <source>Join this row and the next into one</source>
        <translation>Gộp hàng này và hàng sau thành một</translation>
    </message>
    <message>
        <source>&amp;Split Row</source>
        <translation>&amp;Tách hàng</translation>
    </message>
    <message>
        <source>Cut this row in two where its sentences pair</source>
        <translation>Tách hàng này làm hai ở chỗ các câu của nó ghép cặp</translation>
    </message>
    <message>
        <source>Move First English Sentence &amp;Up</source>
        <translation>Chuyển câu tiếng Anh đầu tiên &amp;lên</translation>
    </message>
    <message>
        <source>The first English sentence of this row joins the row above</source>
        <translation>Câu tiếng Anh đầu tiên của hàng này chuyển lên hàng trên</translation>
    </message>
    <message>
        <source>Move First Vietnamese Sentence U&amp;p</source>
        <translation>Chuyển câu tiếng Việt đầu tiên lê&amp;n</translation>
    </message>
    <message>
        <source>The first Vietnamese sentence of this row joins the row above</source>
        <translation>Câu tiếng Việt đầu tiên của hàng này chuyển lên hàng trên</translation>
    </message>
    <message>
        <source>Move Last English Sentence &amp;Down</source>
        <translation>Chuyển câu tiếng Anh cuối cùng &amp;xuống</translation>
    </message>
    <message>
        <source>The last English sentence of this row joins the row below</source>
        <translation>Câu tiếng Anh cuối cùng của hàng này chuyển xuống hàng dưới</translation>
    </message>
    <message>
        <source>Move Last Vietnamese Sentence Do&amp;wn</source>
        <translation>Chuyển câu tiếng Việt c&amp;uối cùng xuống</translation>
    </message>
    <message>
        <source>The last Vietnamese sentence of this row joins the row below</source>
        <translation>Câu tiếng Việt cuối cùng của hàng này chuyển xuống hàng dưới</translation>
    </message>
    <message>
        <source>No &amp;Vietnamese Counterpart</source>
        <translation>Không có bản tiếng &amp;Việt tương ứng</translation>
    </message>
    <message>
        <source>This English has no translation: the Vietnamese moves down a row</source>
        <translation>Đoạn tiếng Anh này không có bản dịch: phần tiếng Việt dời xuống một hàng</translation>
    </message>
    <message>
        <source>No &amp;English Counterpart</source>
        <translation>Không có bản tiếng &amp;Anh tương ứng</translation>
    </message>
    <message>
        <source>This Vietnamese translates nothing: the English moves down a row</source>
        <translation>Đoạn tiếng Việt này không dịch đoạn nào: phần tiếng Anh dời xuống một hàng</translation>
    </message>
    <message>
        <source>&amp;Realign From Here</source>
        <translation>&amp;Căn chỉnh lại từ đây</translation>
    </message>
    <message>
        <source>Align this row and everything below it again, automatically</source>
        <translation>Tự động căn chỉnh lại hàng này và mọi hàng bên dưới</translation>
    </message>
    <message>
        <source>Next &amp;Uncertain Row</source>
        <translation>&amp;Hàng chưa chắc tiếp theo</translation>
    </message>
    <message>
        <source>Go to the next row whose pairing the aligner is unsure of</source>
        <translation>Đến hàng tiếp theo mà bộ căn chỉnh chưa chắc về việc ghép cặp</translation>
    </message>
    <message>
        <source>Previous Uncertain Row</source>
        <translation>Hàng chưa chắc trước đó</translation>
    </message>
    <message>
        <source>Compare &amp;With…</source>
        <translation>&amp;So sánh với…</translation>
    </message>
    <message>
        <source>Align the English of this document with the Vietnamese of another open one</source>
        <translation>Căn chỉnh phần tiếng Anh của tài liệu này với phần tiếng Việt của một tài liệu khác đang mở</translation>
    </message>
    <message>
        <source>Export Aligned &amp;Text…</source>
        <translation>Xuất &amp;văn bản đã căn chỉnh…</translation>
    </message>
    <message>
        <source>Save the shown rows as TMX, tab-separated text or CSV</source>
        <translation>Lưu các hàng đang xem thành TMX, văn bản phân cách bằng tab hoặc CSV</translation>
    </message>
    <message>
        <source>Only documents Song Ngữ aligned itself can be corrected.</source>
        <translation>Chỉ sửa được các tài liệu do Song Ngữ tự căn chỉnh.</translation>
    </message>
    <message>
        <source>Select a row first.</source>
        <translation>Hãy chọn một hàng trước.</translation>
    </message>
    <message>
        <source>“%1” does not apply to row %2.</source>
        <translation>Không áp dụng được “%1” cho hàng %2.</translation>
    </message>
    <message>
        <source>Your corrections could not be saved: %1</source>
        <translation>Không lưu được các chỉnh sửa của bạn: %1</translation>
    </message>
    <message>
        <source>The aligner is sure of every row of this document.</source>
        <translation>Bộ căn chỉnh chắc chắn về mọi hàng của tài liệu này.</translation>
    </message>
    <message>
        <source>Compare With</source>
        <translation>So sánh với</translation>
    </message>
    <message>
        <source>Open the document with the Vietnamese text first.</source>
        <translation>Hãy mở tài liệu có văn bản tiếng Việt trước.</translation>
    </message>
    <message>
        <source>Align the English of “%1” with the Vietnamese of:</source>
        <translation>Căn chỉnh phần tiếng Anh của “%1” với phần tiếng Việt của:</translation>
    </message>
    <message>
        <source>Aligned Text Not Exported</source>
        <translation>Chưa xuất văn bản đã căn chỉnh</translation>
    </message>
    <message>
        <source>The aligned text could not be saved: %1</source>
        <translation>Không lưu được văn bản đã căn chỉnh: %1</translation>
    </message>
    <message>
        <source>Saved the aligned text to %1.</source>
        <translation>Đã lưu văn bản đã căn chỉnh vào %1.</translation>
    </message>
    <message>
        <source>TMX translation memory (*.tmx)</source>
        <translation>Bộ nhớ dịch TMX (*.tmx)</translation>
    </message>
    <message>
        <source>TMX translation memory, pairs only (*.tmx)</source>
        <translation>Bộ nhớ dịch TMX, chỉ các cặp (*.tmx)</translation>
    </message>
    <message>
        <source>Tab-separated text (*.tsv)</source>
        <translation>Văn bản phân cách bằng tab (*.tsv)</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV cho bảng tính (*.csv)</translation>
    </message>
    <message>
        <source>Export Aligned Text</source>
        <translation>Xuất văn bản đã căn chỉnh</translation>
    </message>
    <message>
        <source>Discard &amp;Corrections</source>
        <translation>&amp;Bỏ các chỉnh sửa</translation>
    </message>
    <message>
        <source>Forget your corrections of this document and align it afresh</source>
        <translation>Bỏ các chỉnh sửa của bạn cho tài liệu này và căn chỉnh lại từ đầu</translation>
    </message>
    <message>
        <source>The document has changed since: that correction no longer applies.</source>
        <translation>Tài liệu đã thay đổi: chỉnh sửa đó không còn áp dụng được.</translation>
    </message>
    <message>
        <source>Your corrections could not be discarded: %1</source>
        <translation>Không bỏ được các chỉnh sửa của bạn: %1</translation>
    </message>
    <message>
        <source>Discarded your corrections: the rows are the aligner&apos;s again.</source>
        <translation>Đã bỏ các chỉnh sửa của bạn: các hàng lại là của bộ căn chỉnh.</translation>
    </message>
    <message>
        <source>%1. %2 (%3)</source>
        <translation>%1. %2 (%3)</translation>
    </message>
    <message>
        <source>This file pairs its paragraphs by its own • marks. To correct the rows, align it with File ▸ Compare With… (choose this document itself), or edit the file.</source>
        <translation>Tệp này tự ghép các đoạn bằng dấu • của nó. Để chỉnh các hàng, hãy căn chỉnh nó bằng Tệp ▸ So sánh với… (chọn chính tài liệu này), hoặc sửa tệp.</translation>
    </message>
    <message>
        <source>Rows can be corrected in documents Song Ngữ aligned itself: a pair of files (story.en.txt and story.vi.txt) or File ▸ Compare With….</source>
        <translation>Chỉ chỉnh được các hàng của tài liệu do Song Ngữ tự căn chỉnh: một cặp tệp (story.en.txt và story.vi.txt) hoặc Tệp ▸ So sánh với….</translation>
    </message>
</context>
<context>
    <name>songngu::AlignmentModel</name>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
</context>
<context>
    <name>songngu::AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
</context>
<context>
    <name>songngu::CheckCommand</name>
    <message>
        <source>not leaving out ignored findings: %1</source>
        <translation>không loại trừ được các phát hiện đã bỏ qua: %1</translation>
    </message>
</context>
<context>
    <name>songngu::CommandInputs</name>
    <message>
        <source>Output format.</source>
        <translation>Định dạng đầu ra.</translation>
    </message>
    <message>
        <source>Glossary entries to use too.</source>
        <translation>Các mục thuật ngữ dùng thêm.</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use text or json)</source>
        <translation>định dạng &apos;%1&apos; không được hỗ trợ (hãy dùng text hoặc json)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (use %2)</source>
        <translation>định dạng &apos;%1&apos; không được hỗ trợ (hãy dùng %2)</translation>
    </message>
    <message>
        <source>no file or folder given</source>
        <translation>chưa chỉ định tệp hoặc thư mục nào</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>bỏ qua %1: %2</translation>
    </message>
    <message>
        <source>cannot load the glossary: %1</source>
        <translation>không nạp được bảng thuật ngữ: %1</translation>
    </message>
    <message>
        <source>ignoring the user glossary: %1</source>
        <translation>bỏ qua bảng thuật ngữ của người dùng: %1</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>không mở được %1: %2</translation>
    </message>
    <message>
        <source>cannot use the glossary: %1</source>
        <translation>không dùng được bảng thuật ngữ: %1</translation>
    </message>
</context>
<context>
    <name>songngu::CommandLine</name>
    <message>
        <source>Show help.</source>
        <translation>Hiện trợ giúp.</translation>
    </message>
    <message>
        <source>User interface language.</source>
        <translation>Ngôn ngữ giao diện.</translation>
    </message>
</context>
<context>
    <name>songngu::DocumentChecks</name>
    <message>
        <source>d MMMM yyyy</source>
        <comment>how findings write a date (QDate format)</comment>
        <translation>d/M/yyyy</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language of finding messages (ISO 639-1 code)</comment>
        <translation>vi</translation>
    </message>
    <message>
        <source>%1 was not %2 on %3.</source>
        <translation>%1 không giữ chức %2 vào ngày %3.</translation>
    </message>
    <message>
        <source>%1 was not %2 on %3 (%4 was).</source>
        <translation>%1 không giữ chức %2 vào ngày %3 (người giữ chức khi đó là %4).</translation>
    </message>
    <message>
        <source>This paragraph repeats the one in row %1.</source>
        <translation>Đoạn này lặp lại đoạn ở hàng %1.</translation>
    </message>
    <message>
        <source>“%1” (%2)</source>
        <translation>“%1” (%2)</translation>
    </message>
    <message>
        <source>%1 is written %2 ways in English: %3.</source>
        <translation>%1 được viết theo %2 cách trong tiếng Anh: %3.</translation>
    </message>
    <message>
        <source>%1 is written %2 ways in Vietnamese: %3.</source>
        <translation>%1 được viết theo %2 cách trong tiếng Việt: %3.</translation>
    </message>
    <message numerus="yes">
        <source>The file is not valid UTF-8 in %n place(s), shown as �: compare them with the original.</source>
        <translation>
            <numerusform>Tệp không phải UTF-8 hợp lệ ở %n chỗ, hiển thị là �: hãy đối chiếu với bản gốc.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file is not valid UTF-8 in %n place(s), shown as �, the first on line %1: compare them with the original.</source>
        <translation>
            <numerusform>Tệp không phải UTF-8 hợp lệ ở %n chỗ, hiển thị là �, chỗ đầu tiên ở dòng %1: hãy đối chiếu với bản gốc.</numerusform>
        </translation>
    </message>
    <message>
        <source>This sentence is written twice in the paragraph.</source>
        <translation>Câu này được viết hai lần trong đoạn.</translation>
    </message>
</context>
<context>
    <name>songngu::DocumentListModel</name>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Unreadable: %1</source>
        <translation>Không đọc được: %1</translation>
    </message>
    <message>
        <source>%1
Cannot be read: %2</source>
        <translation>%1
Không đọc được: %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Chưa kiểm tra</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n cảnh báo</numerusform>
        </translation>
    </message>
    <message>
        <source>Errors found by the checks</source>
        <translation>Số lỗi phát hiện được khi kiểm tra</translation>
    </message>
    <message>
        <source>Warnings found by the checks</source>
        <translation>Số cảnh báo phát hiện được khi kiểm tra</translation>
    </message>
</context>
<context>
    <name>songngu::DocumentListPanel</name>
    <message>
        <source>Filter documents (e.g. to lam)</source>
        <translation>Lọc tài liệu (ví dụ: to lam)</translation>
    </message>
    <message>
        <source>Filter documents</source>
        <translation>Lọc tài liệu</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Reading %1 of %2 files…</source>
        <translation>Đang đọc %1 trên %2 tệp…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n tài liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n không đọc được</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n bị bỏ qua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n đang hiển thị</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>Đang tìm bài báo…</translation>
    </message>
    <message>
        <source>Skipped file</source>
        <translation>Tệp bị bỏ qua</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Skipped files</source>
        <translation>Các tệp bị bỏ qua</translation>
    </message>
    <message numerus="yes">
        <source>Hide Skipped Files (%n)</source>
        <translation>
            <numerusform>Ẩn các tệp bị bỏ qua (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show Skipped Files (%n)</source>
        <translation>
            <numerusform>Hiện các tệp bị bỏ qua (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>songngu::DocumentReader</name>
    <message>
        <source>no such file</source>
        <translation>tệp không tồn tại</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>là thư mục</translation>
    </message>
    <message>
        <source>too large (%1 MB; the limit is %2 MB)</source>
        <translation>quá lớn (%1 MB; giới hạn là %2 MB)</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>không mở được: %1</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>không đọc được: %1</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>không phải tệp thông thường</translation>
    </message>
    <message>
        <source>too large (the limit is %1 MB)</source>
        <translation>quá lớn (giới hạn là %1 MB)</translation>
    </message>
    <message>
        <source>not a format Song Ngữ reads</source>
        <translation>không phải định dạng Song Ngữ đọc được</translation>
    </message>
</context>
<context>
    <name>songngu::EntitiesController</name>
    <message>
        <source>Previous Mention</source>
        <translation>Lần nhắc trước</translation>
    </message>
    <message>
        <source>Previous mention of the selected entity (Shift+F7)</source>
        <translation>Lần nhắc trước của thực thể đang chọn (Shift+F7)</translation>
    </message>
    <message>
        <source>Next Mention</source>
        <translation>Lần nhắc sau</translation>
    </message>
    <message>
        <source>Next mention of the selected entity (F7)</source>
        <translation>Lần nhắc sau của thực thể đang chọn (F7)</translation>
    </message>
    <message>
        <source>Highlight All Entities</source>
        <translation>Tô màu mọi thực thể</translation>
    </message>
    <message>
        <source>Colour every name, date and number in both panes</source>
        <translation>Tô màu mọi tên, ngày tháng và con số ở cả hai khung</translation>
    </message>
    <message>
        <source>&amp;Import Glossary…</source>
        <translation>Nhậ&amp;p bảng thuật ngữ…</translation>
    </message>
    <message>
        <source>Add the entries of a CSV or TBX file to your glossary</source>
        <translation>Thêm các mục của tệp CSV hoặc TBX vào bảng thuật ngữ của bạn</translation>
    </message>
    <message>
        <source>&amp;Export Glossary…</source>
        <translation>&amp;Xuất bảng thuật ngữ…</translation>
    </message>
    <message>
        <source>Save the glossary in effect as CSV or TBX</source>
        <translation>Lưu bảng thuật ngữ đang dùng thành CSV hoặc TBX</translation>
    </message>
    <message>
        <source>Your glossary could not be read and is not used: %1</source>
        <translation>Không đọc được bảng thuật ngữ của bạn nên nó không được dùng: %1</translation>
    </message>
    <message>
        <source>Import Glossary</source>
        <translation>Nhập bảng thuật ngữ</translation>
    </message>
    <message>
        <source>Glossaries (*.csv *.tbx *.tbxm *.xml);;All files (*)</source>
        <translation>Bảng thuật ngữ (*.csv *.tbx *.tbxm *.xml);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Glossary Not Imported</source>
        <translation>Chưa nhập bảng thuật ngữ</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Không nhập được gì: %1</translation>
    </message>
    <message>
        <source>Your glossary already has every entry of %1.</source>
        <translation>Bảng thuật ngữ của bạn đã có mọi mục của %1.</translation>
    </message>
    <message numerus="yes">
        <source>Added or updated %n glossary entries from %1.</source>
        <translation>
            <numerusform>Đã thêm hoặc cập nhật %n mục thuật ngữ từ %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV cho bảng tính (*.csv)</translation>
    </message>
    <message>
        <source>TBX for translation tools (*.tbx)</source>
        <translation>TBX cho công cụ dịch thuật (*.tbx)</translation>
    </message>
    <message>
        <source>Export Glossary</source>
        <translation>Xuất bảng thuật ngữ</translation>
    </message>
    <message>
        <source>Glossary Not Exported</source>
        <translation>Chưa xuất bảng thuật ngữ</translation>
    </message>
    <message>
        <source>The glossary could not be saved: %1</source>
        <translation>Không lưu được bảng thuật ngữ: %1</translation>
    </message>
    <message>
        <source>Saved the glossary to %1.</source>
        <translation>Đã lưu bảng thuật ngữ vào %1.</translation>
    </message>
    <message>
        <source>Edit Glossary Entry</source>
        <translation>Sửa mục thuật ngữ</translation>
    </message>
    <message>
        <source>Saved “%1” to your glossary.</source>
        <translation>Đã lưu “%1” vào bảng thuật ngữ của bạn.</translation>
    </message>
    <message>
        <source>Glossary Not Saved</source>
        <translation>Chưa lưu bảng thuật ngữ</translation>
    </message>
    <message>
        <source>Your glossary could not be saved: %1</source>
        <translation>Không lưu được bảng thuật ngữ của bạn: %1</translation>
    </message>
    <message>
        <source>%1 could not be read, so saving would lose the entries it holds. Fix or move it, then start Song Ngữ again. (%2)</source>
        <translation>Không đọc được %1 nên nếu lưu sẽ mất các mục trong đó. Hãy sửa hoặc chuyển tệp đi rồi mở lại Song Ngữ. (%2)</translation>
    </message>
    <message>
        <source>&amp;Glossary…</source>
        <translation>&amp;Bảng thuật ngữ…</translation>
    </message>
    <message>
        <source>See, edit and delete the entries of the glossary in effect</source>
        <translation>Xem, sửa và xóa các mục của bảng thuật ngữ đang dùng</translation>
    </message>
    <message>
        <source>“%1” is not one of your entries.</source>
        <translation>“%1” không phải là mục của bạn.</translation>
    </message>
    <message>
        <source>“%1” is the built-in entry again.</source>
        <translation>“%1” lại là mục có sẵn.</translation>
    </message>
    <message>
        <source>Deleted “%1” from your glossary.</source>
        <translation>Đã xóa “%1” khỏi bảng thuật ngữ của bạn.</translation>
    </message>
</context>
<context>
    <name>songngu::EntitiesPanel</name>
    <message>
        <source>Filter names, dates, numbers</source>
        <translation>Lọc tên, ngày tháng, con số</translation>
    </message>
    <message>
        <source>Select one to see its mentions</source>
        <translation>Chọn một mục để xem các lần được nhắc</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n lần nhắc</numerusform>
        </translation>
    </message>
    <message>
        <source>Mention %1 of %2 (row %3, %4)</source>
        <translation>Lần nhắc %1 / %2 (hàng %3, %4)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>&amp;Add to Glossary…</source>
        <translation>Thêm vào &amp;bảng thuật ngữ…</translation>
    </message>
    <message>
        <source>Finding names, dates and numbers…</source>
        <translation>Đang tìm tên, ngày tháng và con số…</translation>
    </message>
    <message>
        <source>Open a document to see the people, organisations, places, agreements, dates and numbers it names.</source>
        <translation>Mở một tài liệu để xem những người, tổ chức, địa danh, văn kiện, ngày tháng và con số được nêu trong đó.</translation>
    </message>
    <message>
        <source>No names, dates or numbers found in this document.</source>
        <translation>Không tìm thấy tên, ngày tháng hay con số nào trong tài liệu này.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Không có mục nào khớp với “%1”.</translation>
    </message>
</context>
<context>
    <name>songngu::EntityHighlights</name>
    <message>
        <source>Person</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Văn kiện</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày tháng</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Con số</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Nhân vật</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Văn kiện</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Ngày tháng</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Con số</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Chức danh</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Chức danh</translation>
    </message>
</context>
<context>
    <name>songngu::EntityModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n entities</source>
        <translation>
            <numerusform>%n thực thể</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2
English: %3 (%4)
Vietnamese: %5 (%6)</source>
        <translation>%1: %2
Tiếng Anh: %3 (%4)
Tiếng Việt: %5 (%6)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>EN</source>
        <comment>mentions in English</comment>
        <translation>EN</translation>
    </message>
    <message>
        <source>VI</source>
        <comment>mentions in Vietnamese</comment>
        <translation>VI</translation>
    </message>
    <message>
        <source>Mentions in the English text</source>
        <translation>Số lần nhắc trong văn bản tiếng Anh</translation>
    </message>
    <message>
        <source>Mentions in the Vietnamese text</source>
        <translation>Số lần nhắc trong văn bản tiếng Việt</translation>
    </message>
    <message>
        <source>Mentions: %1 in English, %2 in Vietnamese</source>
        <translation>Số lần nhắc: %1 trong tiếng Anh, %2 trong tiếng Việt</translation>
    </message>
    <message>
        <source>Offices:</source>
        <translation>Chức vụ:</translation>
    </message>
</context>
<context>
    <name>songngu::FileScanner</name>
    <message>
        <source>no such file or folder</source>
        <translation>tệp hoặc thư mục không tồn tại</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>không có quyền truy cập</translation>
    </message>
    <message>
        <source>folder already read (symbolic link loop)</source>
        <translation>thư mục đã được đọc (vòng lặp liên kết tượng trưng)</translation>
    </message>
    <message>
        <source>folders nested too deeply</source>
        <translation>thư mục lồng nhau quá sâu</translation>
    </message>
    <message>
        <source>cannot open folder</source>
        <translation>không mở được thư mục</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>tệp/thư mục ẩn</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>không phải tệp thông thường</translation>
    </message>
    <message>
        <source>not a text file (.%1)</source>
        <translation>không phải tệp văn bản (.%1)</translation>
    </message>
</context>
<context>
    <name>songngu::FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>Tìm trong tài liệu</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>Previous match (%1)</source>
        <translation>Kết quả trước (%1)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Next match (%1)</source>
        <translation>Kết quả sau (%1)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Đóng thanh tìm kiếm (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Đóng thanh tìm kiếm</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Không tìm thấy</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2, continued from the top</source>
        <translation>%1 / %2, tiếp tục từ đầu</translation>
    </message>
    <message>
        <source>%1 of %2, continued from the bottom</source>
        <translation>%1 / %2, tiếp tục từ cuối</translation>
    </message>
</context>
<context>
    <name>songngu::FindingKinds</name>
    <message>
        <source>Name mismatch</source>
        <translation>Tên không khớp</translation>
    </message>
    <message>
        <source>Number mismatch</source>
        <translation>Con số không khớp</translation>
    </message>
    <message>
        <source>Date mismatch</source>
        <translation>Ngày tháng không khớp</translation>
    </message>
    <message>
        <source>Missing diacritics</source>
        <translation>Thiếu dấu</translation>
    </message>
    <message>
        <source>Missing translation</source>
        <translation>Thiếu bản dịch</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation>Chưa dịch</translation>
    </message>
    <message>
        <source>Weekday mismatch</source>
        <translation>Thứ trong tuần không khớp</translation>
    </message>
    <message>
        <source>Title holder</source>
        <translation>Người giữ chức danh</translation>
    </message>
    <message>
        <source>Name variant</source>
        <translation>Biến thể tên</translation>
    </message>
    <message>
        <source>Duplicate paragraph</source>
        <translation>Đoạn trùng lặp</translation>
    </message>
    <message>
        <source>Invalid bytes</source>
        <translation>Byte không hợp lệ</translation>
    </message>
    <message>
        <source>Name spelling</source>
        <translation>Chính tả tên</translation>
    </message>
    <message>
        <source>Number format</source>
        <translation>Định dạng số</translation>
    </message>
    <message>
        <source>Name on one side</source>
        <translation>Tên chỉ có ở một bên</translation>
    </message>
    <message>
        <source>Possibly misaligned</source>
        <translation>Có thể căn chỉnh sai</translation>
    </message>
</context>
<context>
    <name>songngu::FindingsController</name>
    <message>
        <source>Previous Finding</source>
        <translation>Phát hiện trước</translation>
    </message>
    <message>
        <source>Previous finding (Shift+F8)</source>
        <translation>Phát hiện trước (Shift+F8)</translation>
    </message>
    <message>
        <source>Next Finding</source>
        <translation>Phát hiện sau</translation>
    </message>
    <message>
        <source>Next finding (F8)</source>
        <translation>Phát hiện sau (F8)</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Ignore the selected finding here and in later checks</source>
        <translation>Bỏ qua phát hiện đang chọn ở đây và trong các lần kiểm tra sau</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>X&amp;uất báo cáo…</translation>
    </message>
    <message>
        <source>Export Ignored Findings…</source>
        <translation>Xuất các phát hiện đã bỏ qua…</translation>
    </message>
    <message>
        <source>Import Ignored Findings…</source>
        <translation>Nhập các phát hiện đã bỏ qua…</translation>
    </message>
    <message>
        <source>Your ignored findings could not be read: %1</source>
        <translation>Không đọc được các phát hiện bạn đã bỏ qua: %1</translation>
    </message>
    <message>
        <source>Unignore</source>
        <translation>Thôi bỏ qua</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>The ignored findings could not be saved: %1</source>
        <translation>Không lưu được các phát hiện đã bỏ qua: %1</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV cho bảng tính (*.csv)</translation>
    </message>
    <message>
        <source>JSON for scripts (*.json)</source>
        <translation>JSON cho script (*.json)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <source>Report Not Saved</source>
        <translation>Chưa lưu báo cáo</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Không lưu được báo cáo: %1</translation>
    </message>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Đã lưu báo cáo vào %1.</translation>
    </message>
    <message>
        <source>Export Ignored Findings</source>
        <translation>Xuất các phát hiện đã bỏ qua</translation>
    </message>
    <message>
        <source>Ignored findings (*.json)</source>
        <translation>Phát hiện đã bỏ qua (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n ignored finding(s) to %1.</source>
        <translation>
            <numerusform>Đã lưu %n phát hiện đã bỏ qua vào %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Ignored Findings</source>
        <translation>Nhập các phát hiện đã bỏ qua</translation>
    </message>
    <message>
        <source>Not Imported</source>
        <translation>Chưa nhập</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Không nhập được gì: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n ignored finding(s).</source>
        <translation>
            <numerusform>Đã thêm %n phát hiện vào danh sách bỏ qua.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the shown document&apos;s findings as HTML, CSV or JSON</source>
        <translation>Lưu các phát hiện của tài liệu đang xem thành HTML, CSV hoặc JSON</translation>
    </message>
    <message>
        <source>Export Report for &amp;All Documents…</source>
        <translation>Xuất báo cáo cho mọi tài &amp;liệu…</translation>
    </message>
    <message>
        <source>Save the findings of every listed document</source>
        <translation>Lưu các phát hiện của mọi tài liệu trong danh sách</translation>
    </message>
    <message>
        <source>Still Checking</source>
        <translation>Vẫn đang kiểm tra</translation>
    </message>
    <message>
        <source>The documents are still being checked. Export the report when the counts in the document list are complete.</source>
        <translation>Các tài liệu vẫn đang được kiểm tra. Hãy xuất báo cáo khi số liệu trong danh sách tài liệu đã đầy đủ.</translation>
    </message>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation>Báo cáo HTML (*.html *.htm)</translation>
    </message>
</context>
<context>
    <name>songngu::FindingsModel</name>
    <message>
        <source>Suggestion: %1</source>
        <translation>Gợi ý: %1</translation>
    </message>
    <message>
        <source>Ignored</source>
        <translation>Đã bỏ qua</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Hàng</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>songngu::FindingsPanel</name>
    <message>
        <source>Show ignored</source>
        <translation>Hiện các mục đã bỏ qua</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Mọi mức độ</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Mọi loại</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Checking the English against the Vietnamese…</source>
        <translation>Đang đối chiếu tiếng Anh với tiếng Việt…</translation>
    </message>
    <message>
        <source>Open a document to check its English against its Vietnamese.</source>
        <translation>Mở một tài liệu để đối chiếu phần tiếng Anh với phần tiếng Việt của nó.</translation>
    </message>
    <message>
        <source>No findings: nothing disagrees between the English and the Vietnamese.</source>
        <translation>Không có phát hiện nào: tiếng Anh và tiếng Việt không có chỗ nào vênh nhau.</translation>
    </message>
    <message>
        <source>No finding matches the filters.</source>
        <translation>Không có phát hiện nào khớp với bộ lọc.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n cảnh báo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n ghi chú</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ignored</source>
        <translation>
            <numerusform>%n đã bỏ qua</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>Gợi ý: %1</translation>
    </message>
    <message>
        <source>“%1” (%2): %3</source>
        <translation>“%1” (%2): %3</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Stop checking this document</source>
        <translation>Dừng kiểm tra tài liệu này</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Kiểm tra lại</translation>
    </message>
    <message>
        <source>Checking was stopped: this document&apos;s findings are not shown.</source>
        <translation>Đã dừng kiểm tra: các phát hiện của tài liệu này không được hiển thị.</translation>
    </message>
</context>
<context>
    <name>songngu::FormatRegistry</name>
    <message>
        <source>HTML pages are not supported yet: save the article as plain text (.txt)</source>
        <translation>Chưa hỗ trợ trang HTML: hãy lưu bài báo dưới dạng văn bản thuần (.txt)</translation>
    </message>
    <message>
        <source>XLIFF files are not supported yet: export the translation as TMX or plain text</source>
        <translation>Chưa hỗ trợ tệp XLIFF: hãy xuất bản dịch dưới dạng TMX hoặc văn bản thuần</translation>
    </message>
    <message>
        <source>Word documents are not supported yet: save the article as plain text (.txt)</source>
        <translation>Chưa hỗ trợ tài liệu Word: hãy lưu bài báo dưới dạng văn bản thuần (.txt)</translation>
    </message>
    <message>
        <source>OpenDocument text files are not supported yet: save the article as plain text (.txt)</source>
        <translation>Chưa hỗ trợ tệp văn bản OpenDocument: hãy lưu bài báo dưới dạng văn bản thuần (.txt)</translation>
    </message>
    <message>
        <source>PDF files are not supported yet: copy the article&apos;s text into a plain text file</source>
        <translation>Chưa hỗ trợ tệp PDF: hãy chép nội dung bài báo vào một tệp văn bản thuần</translation>
    </message>
    <message>
        <source>RTF documents are not supported yet: save the article as plain text (.txt)</source>
        <translation>Chưa hỗ trợ tài liệu RTF: hãy lưu bài báo dưới dạng văn bản thuần (.txt)</translation>
    </message>
    <message>
        <source>ZIP archives are not read: extract the articles and open them</source>
        <translation>Không đọc tệp nén ZIP: hãy giải nén các bài báo rồi mở chúng</translation>
    </message>
    <message>
        <source>XML files are not supported yet: save the article as plain text (.txt) or TMX</source>
        <translation>Chưa hỗ trợ tệp XML: hãy lưu bài báo dưới dạng văn bản thuần (.txt) hoặc TMX</translation>
    </message>
    <message>
        <source>All readable files (%1)</source>
        <translation>Mọi tệp đọc được (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>songngu::Glossary</name>
    <message>
        <source>not a glossary: %1 at offset %2</source>
        <translation>không phải bảng thuật ngữ: %1 tại vị trí %2</translation>
    </message>
    <message>
        <source>not a Song Ngữ glossary (no &quot;format&quot;: &quot;songngu-glossary&quot;)</source>
        <translation>không phải bảng thuật ngữ Song Ngữ (thiếu &quot;format&quot;: &quot;songngu-glossary&quot;)</translation>
    </message>
    <message>
        <source>an office has no id</source>
        <translation>một chức vụ không có mã (id)</translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; has no id or an unknown type</source>
        <translation>mục &apos;%1&apos; không có mã hoặc có loại không rõ</translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; has an office without a start date</source>
        <translation>mục &apos;%1&apos; có chức vụ không có ngày bắt đầu</translation>
    </message>
    <message>
        <source>entry &apos;%1&apos; has a bad date &apos;%2&apos;</source>
        <translation>mục &apos;%1&apos; có ngày không hợp lệ &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
</context>
<context>
    <name>songngu::GlossaryEntryDialog</name>
    <message>
        <source>A Vietnamese name (family name first)</source>
        <translation>Tên người Việt (họ đứng trước)</translation>
    </message>
    <message>
        <source>Glossary Entry</source>
        <translation>Mục thuật ngữ</translation>
    </message>
    <message>
        <source>e.g. Lam, Lâm</source>
        <translation>ví dụ: Lam, Lâm</translation>
    </message>
    <message>
        <source>One form per line, e.g. To Lam</source>
        <translation>Mỗi dòng một cách viết, ví dụ: To Lam</translation>
    </message>
    <message>
        <source>One form per line, e.g. Tô Lâm</source>
        <translation>Mỗi dòng một cách viết, ví dụ: Tô Lâm</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;English forms:</source>
        <translation>Cách viết tiếng &amp;Anh:</translation>
    </message>
    <message>
        <source>&amp;Vietnamese forms:</source>
        <translation>Cách viết tiếng &amp;Việt:</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>&amp;Tên gọi:</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>Give at least one English or Vietnamese form.</source>
        <translation>Hãy nhập ít nhất một cách viết tiếng Anh hoặc tiếng Việt.</translation>
    </message>
    <message>
        <source>Give the entry an id.</source>
        <translation>Hãy đặt mã cho mục này.</translation>
    </message>
    <message>
        <source>The id “%1” is already used by another entry.</source>
        <translation>Mã “%1” đã được một mục khác dùng.</translation>
    </message>
</context>
<context>
    <name>songngu::GlossaryExchange</name>
    <message>
        <source>the file is empty: a header row (%1) is required</source>
        <translation>tệp trống: cần có dòng tiêu đề (%1)</translation>
    </message>
    <message>
        <source>%1 (save the spreadsheet as &quot;CSV UTF-8&quot;)</source>
        <translation>%1 (hãy lưu bảng tính dưới dạng &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>dòng %1: một trường trong dấu ngoặc kép chưa được đóng</translation>
    </message>
    <message>
        <source>line %1: text after the closing quote of a field</source>
        <translation>dòng %1: có văn bản sau dấu ngoặc kép đóng của một trường</translation>
    </message>
    <message>
        <source>line %1: the header row must name the columns: %2</source>
        <translation>dòng %1: dòng tiêu đề phải nêu tên các cột: %2</translation>
    </message>
    <message>
        <source>line %1: no type (%2)</source>
        <translation>dòng %1: thiếu loại (%2)</translation>
    </message>
    <message>
        <source>line %1: unknown type &apos;%2&apos; (%3)</source>
        <translation>dòng %1: loại &apos;%2&apos; không hợp lệ (%3)</translation>
    </message>
    <message>
        <source>line %1: no English or Vietnamese form</source>
        <translation>dòng %1: không có cách viết tiếng Anh hay tiếng Việt</translation>
    </message>
    <message>
        <source>line %1: vietnamese_name must be true or false, not &apos;%2&apos;</source>
        <translation>dòng %1: vietnamese_name phải là true hoặc false, không phải &apos;%2&apos;</translation>
    </message>
    <message>
        <source>line %1: bad term of office &apos;%2&apos; (expected &quot;office-id YYYY-MM-DD/YYYY-MM-DD&quot;, the end date empty when still held)</source>
        <translation>dòng %1: nhiệm kỳ &apos;%2&apos; không hợp lệ (cần dạng &quot;mã-chức-vụ YYYY-MM-DD/YYYY-MM-DD&quot;, để trống ngày kết thúc nếu còn đương nhiệm)</translation>
    </message>
    <message>
        <source>line %1: no id, and none can be made from the forms</source>
        <translation>dòng %1: không có mã và không tạo được mã từ các cách viết</translation>
    </message>
    <message>
        <source>line %1: the id &apos;%2&apos; is already used on line %3</source>
        <translation>dòng %1: mã &apos;%2&apos; đã được dùng ở dòng %3</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>không mở được %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a glossary</source>
        <translation>%1 quá lớn đối với một bảng thuật ngữ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>tệp trống</translation>
    </message>
    <message>
        <source>not a TBX file: the root element is &lt;%1&gt;, not &lt;tbx&gt; or &lt;martif&gt;</source>
        <translation>không phải tệp TBX: phần tử gốc là &lt;%1&gt;, không phải &lt;tbx&gt; hay &lt;martif&gt;</translation>
    </message>
    <message>
        <source>line %1: entry &apos;%2&apos; has a bad term of office &apos;%3&apos;</source>
        <translation>dòng %1: mục &apos;%2&apos; có nhiệm kỳ &apos;%3&apos; không hợp lệ</translation>
    </message>
    <message>
        <source>line %1: an entry has no id, and none can be made from its terms</source>
        <translation>dòng %1: một mục không có mã và không tạo được mã từ các thuật ngữ của nó</translation>
    </message>
    <message>
        <source>line %1: the id &apos;%2&apos; is used twice</source>
        <translation>dòng %1: mã &apos;%2&apos; được dùng hai lần</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>dòng %1, cột %2: %3</translation>
    </message>
    <message>
        <source>not a TBX file: there is no XML element</source>
        <translation>không phải tệp TBX: không có phần tử XML nào</translation>
    </message>
</context>
<context>
    <name>songngu::GlossaryManager</name>
    <message>
        <source>Glossary</source>
        <translation>Bảng thuật ngữ</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Filter ids and forms</source>
        <translation>Lọc theo mã và cách viết</translation>
    </message>
    <message>
        <source>Edit the selected entry; a built-in entry you save becomes yours and overrides it</source>
        <translation>Sửa mục đang chọn; mục có sẵn mà bạn lưu sẽ thành của bạn và thay cho mục đó</translation>
    </message>
    <message>
        <source>Select one of your entries to delete it</source>
        <translation>Chọn một mục của bạn để xóa</translation>
    </message>
    <message>
        <source>Built-in entries cannot be deleted; edit one to override it with your own version</source>
        <translation>Không xóa được mục có sẵn; hãy sửa để thay nó bằng bản của bạn</translation>
    </message>
    <message>
        <source>Delete your version and use the built-in entry again</source>
        <translation>Xóa bản của bạn và dùng lại mục có sẵn</translation>
    </message>
    <message>
        <source>Delete this entry from your glossary</source>
        <translation>Xóa mục này khỏi bảng thuật ngữ của bạn</translation>
    </message>
    <message>
        <source>Delete your version of “%1” and use the built-in entry again?</source>
        <translation>Xóa bản “%1” của bạn và dùng lại mục có sẵn?</translation>
    </message>
    <message>
        <source>Delete “%1” from your glossary?</source>
        <translation>Xóa “%1” khỏi bảng thuật ngữ của bạn?</translation>
    </message>
    <message>
        <source>Delete Glossary Entry</source>
        <translation>Xóa mục thuật ngữ</translation>
    </message>
    <message>
        <source>Glossary Not Saved</source>
        <translation>Chưa lưu bảng thuật ngữ</translation>
    </message>
    <message>
        <source>Your glossary could not be saved: %1</source>
        <translation>Không lưu được bảng thuật ngữ của bạn: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n mục</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 trên %n mục</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>songngu::GlossaryModel</name>
    <message>
        <source>Built in</source>
        <translation>Có sẵn</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Của bạn</translation>
    </message>
    <message>
        <source>Yours, over built-in</source>
        <translation>Của bạn, thay mục có sẵn</translation>
    </message>
    <message>
        <source>Your entry replaces the built-in one; deleting it restores the built-in entry.</source>
        <translation>Mục của bạn thay cho mục có sẵn; xóa nó thì mục có sẵn được dùng lại.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Nguồn</translation>
    </message>
</context>
<context>
    <name>songngu::IgnoredFindings</name>
    <message>
        <source>not ignored findings (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>không phải danh sách phát hiện đã bỏ qua (thiếu &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>written by a newer version of Song Ngữ</source>
        <translation>được ghi bởi một phiên bản Song Ngữ mới hơn</translation>
    </message>
    <message>
        <source>&quot;findings&quot; is not a list</source>
        <translation>&quot;findings&quot; không phải là danh sách</translation>
    </message>
    <message>
        <source>finding %1 has no fingerprint</source>
        <translation>phát hiện %1 không có dấu vân tay</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read; fix or remove it, then try again</source>
        <translation>không đọc được %1; hãy sửa hoặc xóa tệp đó rồi thử lại</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>không tạo được thư mục %1</translation>
    </message>
</context>
<context>
    <name>songngu::JsonFile</name>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 không phải là tệp</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>không mở được %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB)</source>
        <translation>%1 quá lớn (%2 MB; giới hạn là %3 MB)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not JSON: %1 at offset %2</source>
        <translation>không phải JSON: %1 tại vị trí %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>không phải đối tượng JSON</translation>
    </message>
</context>
<context>
    <name>songngu::MainWindow</name>
    <message>
        <source>Song Ngữ</source>
        <translation>Song Ngữ</translation>
    </message>
    <message>
        <source>Open articles with File ▸ Open Files (Ctrl+O) or a folder with File ▸ Open Folder (Ctrl+Shift+O), or drop them here.</source>
        <translation>Mở bài báo bằng Tệp ▸ Mở tệp (Ctrl+O), mở một thư mục bằng Tệp ▸ Mở thư mục (Ctrl+Shift+O), hoặc kéo thả chúng vào đây.</translation>
    </message>
    <message>
        <source>Reading documents…</source>
        <translation>Đang đọc tài liệu…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) open</source>
        <translation>
            <numerusform>Đã mở %n tài liệu</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>&amp;Mở tệp…</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Mở &amp;thư mục…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>Open &amp;Sample Articles</source>
        <translation>Mở &amp;bài báo mẫu</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Swap Panes</source>
        <translation>Đổi &amp;chỗ hai khung</translation>
    </message>
    <message>
        <source>&amp;Previous Row</source>
        <translation>Hàng &amp;trước</translation>
    </message>
    <message>
        <source>&amp;Next Row</source>
        <translation>Hàng &amp;sau</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Th&amp;u nhỏ</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Đặt &amp;lại thu phóng</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About Song Ngữ</source>
        <translation>&amp;Giới thiệu về Song Ngữ</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Mở bài báo</translation>
    </message>
    <message>
        <source>Open Folder of Articles</source>
        <translation>Mở thư mục bài báo</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>Xóa danh sách gần đây</translation>
    </message>
    <message>
        <source>%1 — Song Ngữ</source>
        <translation>%1 — Song Ngữ</translation>
    </message>
    <message numerus="yes">
        <source>Only local files and folders can be opened (%n ignored).</source>
        <translation>
            <numerusform>Chỉ có thể mở tệp và thư mục cục bộ (đã bỏ qua %n mục).</numerusform>
        </translation>
    </message>
    <message>
        <source>About Song Ngữ</source>
        <translation>Giới thiệu về Song Ngữ</translation>
    </message>
    <message>
        <source>Song Ngữ %1

Reads English–Vietnamese news articles side by side, row by aligned row.</source>
        <translation>Song Ngữ %1

Đọc song song bài báo tiếng Anh và tiếng Việt, đối chiếu theo từng hàng đã căn chỉnh.</translation>
    </message>
    <message>
        <source>Re&amp;load Document</source>
        <translation>Tả&amp;i lại tài liệu</translation>
    </message>
    <message>
        <source>&amp;Close Document</source>
        <translation>Đó&amp;ng tài liệu</translation>
    </message>
    <message>
        <source>Close &amp;All</source>
        <translation>Đóng tất &amp;cả</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Tìm…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Tìm kết quả &amp;sau</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Tìm kết quả t&amp;rước</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Thực thể</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>&amp;Alignment</source>
        <translation>&amp;Căn chỉnh</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>Không thể hiển thị %1: %2</translation>
    </message>
</context>
<context>
    <name>songngu::MetadataPanel</name>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Số hàng</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Bảng mã</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n hàng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n translation pair(s)</source>
        <translation>
            <numerusform>%n cặp bản dịch</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundled sample: %1</source>
        <translation>Bài mẫu đi kèm: %1</translation>
    </message>
    <message>
        <source>English: %1
Vietnamese: %2</source>
        <translation>Tiếng Anh: %1
Tiếng Việt: %2</translation>
    </message>
    <message>
        <source>Invalid bytes</source>
        <translation>Byte không hợp lệ</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid byte sequence(s), shown as �</source>
        <translation>
            <numerusform>%n chuỗi byte không hợp lệ, hiển thị là �</numerusform>
        </translation>
    </message>
    <message>
        <source>(line %1)</source>
        <translation>(dòng %1)</translation>
    </message>
    <message>
        <source>(lines %1)</source>
        <translation>(các dòng %1)</translation>
    </message>
</context>
<context>
    <name>songngu::PairAligner</name>
    <message>
        <source>%1 has no English paragraphs</source>
        <translation>%1 không có đoạn tiếng Anh nào</translation>
    </message>
    <message>
        <source>%1 has no Vietnamese paragraphs</source>
        <translation>%1 không có đoạn tiếng Việt nào</translation>
    </message>
    <message>
        <source>Aligned</source>
        <translation>Đã căn chỉnh</translation>
    </message>
</context>
<context>
    <name>songngu::PairReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>songngu::PairedView</name>
    <message>
        <source>No article is open.</source>
        <translation>Chưa mở bài báo nào.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
</context>
<context>
    <name>songngu::PaneAnnotations</name>
    <message>
        <source>%1 Suggestion: %2</source>
        <translation>%1 Gợi ý: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>songngu::ReloadBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>Đọc &amp;lại</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Read the document again from its files (F5)</source>
        <translation>Đọc lại tài liệu từ các tệp của nó (F5)</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read.</source>
        <translation>%1 đã thay đổi trên đĩa từ khi được đọc.</translation>
    </message>
</context>
<context>
    <name>songngu::ReportWriter</name>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <source>info</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>Song Ngữ consistency report</source>
        <translation>Báo cáo kiểm tra tính nhất quán của Song Ngữ</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the report&apos;s language code</comment>
        <translation>vi</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Phát hiện</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Số hàng</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Not read: %1</source>
        <translation>Không đọc được: %1</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Tiếng Anh</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>hàng %1</translation>
    </message>
    <message>
        <source>Suggestion: %1</source>
        <translation>Gợi ý: %1</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Cách viết</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Lần nhắc</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Dấu vân tay: %1</translation>
    </message>
    <message>
        <source>Across documents</source>
        <translation>Giữa các tài liệu</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Không có phát hiện nào.</translation>
    </message>
    <message>
        <source>%1; %2, %3, %4.</source>
        <comment>documents; errors, warnings, notes</comment>
        <translation>%1; %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n tài liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n lỗi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n cảnh báo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n ghi chú</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>songngu::RowChecker</name>
    <message>
        <source>Monday</source>
        <translation>thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <source>This English paragraph has no Vietnamese translation.</source>
        <translation>Đoạn tiếng Anh này không có bản dịch tiếng Việt.</translation>
    </message>
    <message>
        <source>This Vietnamese paragraph has no English counterpart.</source>
        <translation>Đoạn tiếng Việt này không có đoạn tiếng Anh tương ứng.</translation>
    </message>
    <message>
        <source>The Vietnamese is the English text, untranslated.</source>
        <translation>Phần tiếng Việt là nguyên văn tiếng Anh, chưa được dịch.</translation>
    </message>
    <message>
        <source>The Vietnamese side is written in English.</source>
        <translation>Phần tiếng Việt được viết bằng tiếng Anh.</translation>
    </message>
    <message>
        <source>The Vietnamese writes %1 without its diacritics.</source>
        <translation>Bản tiếng Việt viết %1 không có dấu.</translation>
    </message>
    <message>
        <source>The Vietnamese writes %1 without its diacritics: %2.</source>
        <translation>Bản tiếng Việt viết %1 không có dấu: %2.</translation>
    </message>
    <message>
        <source>The English names %1, the Vietnamese %2.</source>
        <translation>Bản tiếng Anh nêu tên %1, còn bản tiếng Việt nêu %2.</translation>
    </message>
    <message>
        <source>The English has %1 where the Vietnamese has %2.</source>
        <translation>Bản tiếng Anh ghi %1, còn bản tiếng Việt ghi %2.</translation>
    </message>
    <message>
        <source>The English has %1 (%2) where the Vietnamese has %3 (%4): the weekdays differ.</source>
        <translation>Bản tiếng Anh ghi %1 (%2), còn bản tiếng Việt ghi %3 (%4): thứ trong tuần khác nhau.</translation>
    </message>
    <message>
        <source>The English has %1 (%2) where the Vietnamese has %3 (%4).</source>
        <translation>Bản tiếng Anh ghi %1 (%2), còn bản tiếng Việt ghi %3 (%4).</translation>
    </message>
    <message>
        <source>%1: %2 is a %3, not a %4.</source>
        <translation>%1: ngày %2 là %3, không phải %4.</translation>
    </message>
    <message>
        <source>one letter differs</source>
        <translation>khác một chữ cái</translation>
    </message>
    <message>
        <source>one letter missing</source>
        <translation>thiếu một chữ cái</translation>
    </message>
    <message>
        <source>one letter too many</source>
        <translation>thừa một chữ cái</translation>
    </message>
    <message>
        <source>two letters swapped</source>
        <translation>đảo chỗ hai chữ cái</translation>
    </message>
    <message>
        <source>two letters differ</source>
        <translation>khác hai chữ cái</translation>
    </message>
    <message>
        <source>The English writes %1 where the Vietnamese writes %2 (%3), as the English does elsewhere in the document.</source>
        <translation>Bản tiếng Anh viết %1 trong khi bản tiếng Việt viết %2 (%3), như chính bản tiếng Anh viết ở chỗ khác trong tài liệu.</translation>
    </message>
    <message>
        <source>The Vietnamese writes %1 where the English writes %2 (%3).</source>
        <translation>Bản tiếng Việt viết %1 trong khi bản tiếng Anh viết %2 (%3).</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>từ %1 đến %2</translation>
    </message>
    <message>
        <source>An approximate quantity (%1 against %2) that does not hold the other number.</source>
        <translation>Một số lượng ước chừng (%1 so với %2) không bao gồm con số bên kia.</translation>
    </message>
    <message>
        <source>The same figure with another scale, or with a scale word left out (%1 against %2).</source>
        <translation>Cùng một con số nhưng khác đơn vị (nghìn, triệu, tỷ…), hoặc thiếu đơn vị (%1 so với %2).</translation>
    </message>
    <message>
        <source>Read from a number in words (%1 against %2).</source>
        <translation>Đọc từ một số viết bằng chữ (%1 so với %2).</translation>
    </message>
    <message>
        <source>Read with a guess (%1 against %2): a separator of the other language, an abbreviated scale, a scale after a bracket or groups split by a space.</source>
        <translation>Đọc có phỏng đoán (%1 so với %2): dấu phân cách theo cách của ngôn ngữ kia, đơn vị viết tắt, đơn vị đặt sau dấu ngoặc hoặc các nhóm chữ số cách nhau bằng dấu cách.</translation>
    </message>
    <message>
        <source>Both are written in digits.</source>
        <translation>Cả hai đều viết bằng chữ số.</translation>
    </message>
    <message>
        <source>%1 is written with the English separators, as in the English; Vietnamese writes it %2.</source>
        <translation>%1 được viết với dấu phân cách kiểu tiếng Anh, như trong bản tiếng Anh; tiếng Việt viết là %2.</translation>
    </message>
    <message>
        <source>In different units: %1 %2 is about %3 %4.</source>
        <translation>Khác đơn vị đo: %1 %2 vào khoảng %3 %4.</translation>
    </message>
    <message>
        <source>In different units, or with a unit on one side only (%1 against %2).</source>
        <translation>Khác đơn vị đo, hoặc chỉ một bên có đơn vị đo (%1 so với %2).</translation>
    </message>
    <message>
        <source>%1 has a space between its groups of digits; Vietnamese writes it %2.</source>
        <translation>%1 có dấu cách giữa các nhóm chữ số; tiếng Việt viết là %2.</translation>
    </message>
    <message>
        <source>The Vietnamese writes %1 where the English writes %2: another form of the name, or a misspelling.</source>
        <translation>Bản tiếng Việt viết %1 trong khi bản tiếng Anh viết %2: một cách viết khác của tên, hoặc viết sai.</translation>
    </message>
    <message>
        <source>The Vietnamese names %1, which the English of the document never names.</source>
        <translation>Bản tiếng Việt nêu tên %1, tên mà bản tiếng Anh của tài liệu không hề nêu.</translation>
    </message>
    <message>
        <source>The Vietnamese names %1 where the English names %2.</source>
        <translation>Bản tiếng Việt nêu tên %1 trong khi bản tiếng Anh nêu tên %2.</translation>
    </message>
    <message>
        <source>The English of the document never names %1.</source>
        <translation>Bản tiếng Anh của tài liệu không hề nêu tên %1.</translation>
    </message>
    <message>
        <source>The Vietnamese of the document never names %1.</source>
        <translation>Bản tiếng Việt của tài liệu không hề nêu tên %1.</translation>
    </message>
    <message>
        <source>The English names %1, which the Vietnamese of the document never names.</source>
        <translation>Bản tiếng Anh nêu tên %1, tên mà bản tiếng Việt của tài liệu không hề nêu.</translation>
    </message>
    <message>
        <source>This row and the next may be misaligned: each has a paragraph in one language only, which may translate the other. If so, merge them (Alignment ▸ Merge With Next Row).</source>
        <translation>Hàng này và hàng sau có thể bị căn chỉnh sai: mỗi hàng chỉ có một đoạn bằng một ngôn ngữ, và đoạn này có thể là bản dịch của đoạn kia. Nếu vậy, hãy gộp hai hàng (Căn chỉnh ▸ Gộp với hàng sau).</translation>
    </message>
</context>
<context>
    <name>songngu::RowLayoutCache</name>
    <message>
        <source>Headline</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Date line</source>
        <translation>Dòng ngày</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>Nội dung mẫu</translation>
    </message>
    <message>
        <source>One-sided</source>
        <translation>Một phía</translation>
    </message>
    <message>
        <source>No Vietnamese text</source>
        <translation>Không có văn bản tiếng Việt</translation>
    </message>
    <message>
        <source>No English text</source>
        <translation>Không có văn bản tiếng Anh</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Chưa chắc</translation>
    </message>
</context>
<context>
    <name>songngu::TextDecoder</name>
    <message>
        <source>the Windows-1258 converter is not available (%1)</source>
        <translation>không có bộ chuyển đổi Windows-1258 (%1)</translation>
    </message>
    <message>
        <source>the text is neither UTF-8 nor Windows-1258</source>
        <translation>văn bản không phải UTF-8 cũng không phải Windows-1258</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>tệp trống</translation>
    </message>
    <message>
        <source>binary file (not text)</source>
        <translation>tệp nhị phân (không phải văn bản)</translation>
    </message>
    <message>
        <source>invalid %1 text</source>
        <translation>văn bản %1 không hợp lệ</translation>
    </message>
    <message>
        <source>cannot decode: %1</source>
        <translation>không giải mã được: %1</translation>
    </message>
    <message>
        <source>cannot decode: the text is neither UTF-8 nor Windows-1258</source>
        <translation>không giải mã được: văn bản không phải UTF-8 cũng không phải Windows-1258</translation>
    </message>
    <message>
        <source>binary file (control characters in the text)</source>
        <translation>tệp nhị phân (văn bản chứa ký tự điều khiển)</translation>
    </message>
    <message>
        <source>cannot decode: the text is not valid UTF-8 and does not read as Vietnamese Windows-1258</source>
        <translation>không giải mã được: văn bản không phải UTF-8 hợp lệ và cũng không đọc được dưới dạng Windows-1258 tiếng Việt</translation>
    </message>
    <message>
        <source>the file contains only white space</source>
        <translation>tệp chỉ chứa khoảng trắng</translation>
    </message>
    <message>
        <source>truncated %1 text (an odd number of bytes)</source>
        <translation>văn bản %1 bị cắt cụt (số byte lẻ)</translation>
    </message>
    <message numerus="yes">
        <source>cannot decode: the text is UTF-8 with too many invalid bytes (%n invalid sequence(s))</source>
        <translation>
            <numerusform>không giải mã được: văn bản là UTF-8 có quá nhiều byte không hợp lệ (%n chuỗi không hợp lệ)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>songngu::TextReader</name>
    <message>
        <source>Articles</source>
        <translation>Bài báo</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Có dòng ngày</translation>
    </message>
    <message>
        <source>Plain</source>
        <translation>Thường</translation>
    </message>
    <message>
        <source>Interleaved</source>
        <translation>Xen kẽ</translation>
    </message>
    <message>
        <source>no text found</source>
        <translation>không tìm thấy văn bản</translation>
    </message>
</context>
<context>
    <name>songngu::TmxFile</name>
    <message>
        <source>the entity &amp;%1; is not defined in the file</source>
        <translation>thực thể &amp;%1; không được định nghĩa trong tệp</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>tệp trống</translation>
    </message>
    <message>
        <source>not a TMX file: the root element is &lt;%1&gt;, not &lt;tmx&gt;</source>
        <translation>không phải tệp TMX: phần tử gốc là &lt;%1&gt;, không phải &lt;tmx&gt;</translation>
    </message>
    <message>
        <source>the entity &amp;%1; refers to another file, which is not read</source>
        <translation>thực thể &amp;%1; trỏ tới một tệp khác, tệp này không được đọc</translation>
    </message>
    <message>
        <source>the file is not well-formed XML: line %1, column %2: %3</source>
        <translation>tệp không phải XML hợp lệ: dòng %1, cột %2: %3</translation>
    </message>
    <message>
        <source>not a TMX file: there is no XML element</source>
        <translation>không phải tệp TMX: không có phần tử XML nào</translation>
    </message>
    <message>
        <source>the TMX file has no English (en) or Vietnamese (vi) segments</source>
        <translation>tệp TMX không có đoạn tiếng Anh (en) hay tiếng Việt (vi) nào</translation>
    </message>
    <message>
        <source>the TMX file has no English (en) segments</source>
        <translation>tệp TMX không có đoạn tiếng Anh (en) nào</translation>
    </message>
    <message>
        <source>the TMX file has no Vietnamese (vi) segments</source>
        <translation>tệp TMX không có đoạn tiếng Việt (vi) nào</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>không mở được %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a translation memory (%2 MB; the limit is %3 MB)</source>
        <translation>%1 quá lớn cho một bộ nhớ dịch (%2 MB; giới hạn là %3 MB)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>songngu::TmxReader</name>
    <message>
        <source>TMX translation memories</source>
        <translation>Bộ nhớ dịch TMX</translation>
    </message>
    <message>
        <source>TMX</source>
        <translation>TMX</translation>
    </message>
    <message>
        <source>no text found</source>
        <translation>không tìm thấy văn bản</translation>
    </message>
</context>
<context>
    <name>songngu::Usage</name>
    <message>
        <source>Usage: songngu [--lang en|vi] [FILE|FOLDER...]
       songngu inspect [--format text|json] PATH...
       songngu entities [--format text|json] PATH...
       songngu check [--format text|json|csv|html] [--glossary FILE] PATH...
       songngu align [--unit paragraph|sentence] [--format tsv|json|tmx]
                     EN_FILE VI_FILE | BILINGUAL_FILE

Song Ngữ reads English–Vietnamese news articles side by side.
Without a command it opens the window on the given files and folders
(the bundled sample articles on first launch).

Commands:
  inspect   print each document&apos;s metadata and aligned rows
  entities  list each document&apos;s names, dates and numbers with their
            mentions in both languages
  check     find where the English and the Vietnamese disagree (names,
            numbers, dates, diacritics, missing or untranslated paragraphs,
            titles, repeats) and names spelt several ways across the
            documents; findings you ignored in the window are left out
  align     pair the paragraphs (or sentences) of an English text with
            those of its Vietnamese translation, one row per line

Options:
  -h, --help       show this help
  -v, --version    show the version
  --lang LANG      user interface language: en or vi
  --format FORMAT  output format: text (the default) or json; check also
                   writes csv and html
  --glossary FILE  check: more glossary entries, applied last (Song Ngữ
                   JSON, CSV or TBX)
  --unit UNIT      align: paragraph (the default) or sentence

Exit status: 0 on success, 2 on a usage error or when no input could be read;
check exits with 1 when it finds at least one error.
</source>
        <translation>Cách dùng: songngu [--lang en|vi] [FILE|FOLDER...]
           songngu inspect [--format text|json] PATH...
           songngu entities [--format text|json] PATH...
           songngu check [--format text|json|csv|html] [--glossary FILE] PATH...
           songngu align [--unit paragraph|sentence] [--format tsv|json|tmx]
                         EN_FILE VI_FILE | BILINGUAL_FILE

Song Ngữ đọc song song các bài báo tiếng Anh và tiếng Việt.
Khi không có lệnh, chương trình mở cửa sổ với các tệp và thư mục đã cho
(lần chạy đầu tiên thì mở các bài báo mẫu đi kèm).

Lệnh:
  inspect   in siêu dữ liệu và các hàng đã căn chỉnh của từng tài liệu
  entities  liệt kê tên, ngày tháng và con số của từng tài liệu cùng các
            lần nhắc của chúng trong cả hai ngôn ngữ
  check     tìm những chỗ tiếng Anh và tiếng Việt không khớp nhau (tên,
            con số, ngày tháng, dấu tiếng Việt, đoạn bị thiếu hoặc chưa dịch,
            chức danh, đoạn lặp lại) và những tên được viết theo nhiều cách
            giữa các tài liệu; các phát hiện bạn đã bỏ qua trong cửa sổ sẽ
            không được liệt kê
  align     ghép các đoạn (hoặc câu) của một văn bản tiếng Anh với các đoạn
            của bản dịch tiếng Việt, mỗi dòng một hàng

Tùy chọn:
  -h, --help       hiện trợ giúp này
  -v, --version    hiện phiên bản
  --lang LANG      ngôn ngữ giao diện: en hoặc vi
  --format FORMAT  định dạng đầu ra: text (mặc định) hoặc json; check còn
                   ghi được csv và html
  --glossary FILE  check: thêm các mục thuật ngữ, áp dụng sau cùng (JSON
                   Song Ngữ, CSV hoặc TBX)
  --unit UNIT      align: paragraph (đoạn, mặc định) hoặc sentence (câu)

Mã thoát: 0 khi thành công, 2 khi dùng sai cú pháp hoặc không đọc được
đầu vào nào; check thoát với mã 1 khi tìm thấy ít nhất một lỗi.
</translation>
    </message>
</context>
<context>
    <name>songngu::UserGlossary</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>không tạo được thư mục %1</translation>
    </message>
</context>
</TS>
