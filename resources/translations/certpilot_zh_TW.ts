<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name>ApacheBinder</name>
    <message>
        <location filename="../../platform/binding/ApacheBinder.cpp" line="+46" />
        <source>The site's SSLCertificateChainFile line is commented out: the certificate has no intermediates to put there.</source>
        <translation>站台的 SSLCertificateChainFile 行已被註解掉：此憑證沒有可放入的中繼憑證。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>mod_ssl is not loaded. Enable it (a2enmod ssl), then bind again.</source>
        <translation>mod_ssl 未載入。請啟用它（a2enmod ssl），然後再繫結一次。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Apache names the file and line of the problem above.</source>
        <translation>Apache 已在上方指出問題所在的檔案和行號。</translation>
    </message>
</context>
<context>
    <name>ApacheConfig</name>
    <message>
        <location filename="../../platform/binding/ApacheConfig.cpp" line="+109" />
        <source>There is no Apache configuration at %1. Set the configuration folder in the binding settings (usually /etc/apache2 or /etc/httpd).</source>
        <translation>%1 沒有 Apache 設定。請在繫結設定中指定設定資料夾（通常是 /etc/apache2 或 /etc/httpd）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Apache's configuration could not be read: %1. Fix it (apachectl configtest shows the same) and try again.</source>
        <translation>無法讀取 Apache 的設定：%1。請修正（apachectl configtest 會顯示相同內容）後再試一次。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>%1 includes itself</source>
        <translation>%1 引入了其自身</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is too large for a configuration</source>
        <translation>%1 太大，無法作為設定檔</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is not a regular file</source>
        <translation>%1 不是一般檔案</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location line="+49" />
        <source>&lt;/%1&gt; without a matching &lt;%1&gt; in %2 on line %3</source>
        <translation>%2 第 %3 行的 &lt;/%1&gt; 沒有對應的 &lt;%1&gt;</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Skipped %1 in %2 (line %3): it uses a variable CertPilot cannot resolve.</source>
        <translation>已略過 %2（第 %3 行）中的 %1：它使用了 CertPilot 無法解析的變數。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>the included file %1 does not exist (%2, line %3)</source>
        <translation>引入的檔案 %1 不存在（%2，第 %3 行）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&lt;%1&gt; on line %2 of %3 is not closed</source>
        <translation>%3 第 %2 行的 &lt;%1&gt; 未關閉</translation>
    </message>
</context>
<context>
    <name>ApacheEditor</name>
    <message>
        <location filename="../../platform/binding/ApacheEditor.cpp" line="+48" />
        <source>The site %1 is no longer in Apache's configuration. List the sites again.</source>
        <translation>站台 %1 已不在 Apache 的設定中。請重新列出站台。</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The site %1 has no https virtual host. Choose "add an https listener" to add one on port 443 or another port.</source>
        <translation>站台 %1 沒有 https 虛擬主機。請選擇「新增 https 接聽程式」，在連接埠 443 或其他連接埠上新增一個。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The site %1 already uses port %2 for plain http. Choose another port for https.</source>
        <translation>站台 %1 已將連接埠 %2 用於一般 http。請為 https 選擇其他連接埠。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The site %1 already has https on port %2. Bind the certificate there, or add a virtual host for port %3 by hand.</source>
        <translation>站台 %1 已在連接埠 %2 上使用 https。請將憑證繫結到該處，或手動為連接埠 %3 新增虛擬主機。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The site %1 has several SSLCertificateFile lines (one per key type). CertPilot binds one certificate per site: remove the extra lines, then bind again.</source>
        <translation>站台 %1 有多個 SSLCertificateFile 行（每種金鑰類型一行）。CertPilot 每個站台只繫結一個憑證：請移除多餘的行，然後再繫結一次。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The certificate of %1 is set in %2, which other sites include too. Move the SSLCertificate lines into the site's virtual host, then bind again.</source>
        <translation>%1 的憑證設定在 %2 中，而其他站台也引入了該檔案。請將 SSLCertificate 行移到該站台的虛擬主機中，然後再繫結一次。</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../../model/settings/AppSettings.cpp" line="+58" />
        <source>System default</source>
        <translation>系統預設值</translation>
    </message>
    <message>
        <location line="+73" />
        <source>Choose a language from the list.</source>
        <translation>請從清單中選擇語言。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The store location must be a full path, such as %1.</source>
        <translation>存放區位置必須是完整路徑，例如 %1。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Expiry warnings must be between 1 and %1 days.</source>
        <translation>到期警告必須介於 1 到 %1 天之間。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Give the expiry warnings in order: more days for the first notice (now %1) than for the warning (%2), and more for the warning than for the critical warning (%3).</source>
        <translation>請依序設定到期警告：第一次通知的天數（目前為 %1）要多於警告（%2），警告要多於嚴重警告（%3）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Choose a key type from the list: CAs accept only these for server certificates.</source>
        <translation>請從清單中選擇金鑰類型：CA 的伺服器憑證只接受這些類型。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The connection time limit must be between %1 and %2 seconds.</source>
        <translation>連線時間限制必須介於 %1 到 %2 秒之間。</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../../platform/pemdir/AtomicFile.cpp" line="+34" />
        <source>There is no space left to write %1. Free some disk space and try again; nothing was changed.</source>
        <translation>沒有空間可寫入 %1。請釋放一些磁碟空間後再試一次；未做任何變更。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The store is on a read-only file system, so it cannot be changed. Open a writable copy of the store.</source>
        <translation>存放區位於唯讀檔案系統上，因此無法變更。請開啟存放區的可寫入複本。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>You are not allowed to write %1. Check the folder's permissions; nothing was changed.</source>
        <translation>您沒有寫入 %1 的權限。請檢查資料夾的權限；未做任何變更。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 could not be written. Nothing was changed.</source>
        <translation>無法寫入 %1。未做任何變更。</translation>
    </message>
    <message>
        <location line="+38" />
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
</context>
<context>
    <name>BindWorkflow</name>
    <message>
        <location filename="../../model/binding/BindWorkflow.cpp" line="+29" />
        <source>Certificate %1 is not in Personal. Only a certificate with its private key can be bound to a site.</source>
        <translation>憑證 %1 不在「個人」中。只有具備私密金鑰的憑證才能繫結到站台。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is a CA certificate. Bind the server certificate it issued instead.</source>
        <translation>%1 是 CA 憑證。請改為繫結它所簽發的伺服器憑證。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not valid for server authentication (its Extended Key Usage lacks serverAuth), so browsers would refuse it. Ask the CA for a TLS server certificate.</source>
        <translation>%1 不適用於伺服器驗證（其增強金鑰使用方式缺少 serverAuth），因此瀏覽器會拒絕它。請向 CA 申請 TLS 伺服器憑證。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 expired on %2. Renew it before binding it to a site.</source>
        <translation>%1 已於 %2 過期。請先更新它，再繫結到站台。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The store has no private key for %1, so no server can use it. The key stays on the machine that made the request: restore it from a PFX backup, or make a new request.</source>
        <translation>存放區中沒有 %1 的私密金鑰，因此任何伺服器都無法使用它。金鑰留在產生憑證要求的電腦上：請從 PFX 備份還原，或建立新的憑證要求。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The private key kept with %1 does not belong to it. Re-import the certificate with its own key (PFX backup).</source>
        <translation>與 %1 一起保存的私密金鑰不屬於它。請連同它自己的金鑰（PFX 備份）重新匯入憑證。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The store does not have the issuer of this certificate (%1), so the site will send the certificate alone and many clients will not trust it. Import the intermediate certificates from your CA first.</source>
        <translation>存放區中沒有此憑證的簽發者（%1），因此站台只會傳送憑證本身，許多用戶端將不會信任它。請先匯入 CA 提供的中繼憑證。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The certificate is not valid before %1; clients will refuse it until then.</source>
        <translation>此憑證在 %1 之前無效；在此之前用戶端會拒絕它。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>No site named %1 is in the configuration. List the sites to see their names and ids.</source>
        <translation>設定中沒有名為 %1 的站台。請列出站台以查看其名稱和 ID。</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>%1 names %n sites (%2); give the site's id instead.</source>
        <translation>
            <numerusform>%1 對應到 %n 個站台（%2）；請改為提供站台的 ID。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BindingPlan</name>
    <message>
        <location filename="../../model/binding/BindingPlan.cpp" line="+50" />
        <source>Site: %1 (%2, line %3 of %4)</source>
        <translation>站台：%1（%2，%4 第 %3 行）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Certificate: %1, SHA-1 %2, expires %3</source>
        <translation>憑證：%1，SHA-1 %2，到期日 %3</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Adds an https listener on port %1.</source>
        <translation>在連接埠 %1 上新增 https 接聽程式。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Files to write in %1 (earlier versions are kept in previous/):</source>
        <translation>要寫入 %1 的檔案（舊版本保留在 previous/ 中）：</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>the certificate and %n intermediate(s), no root</source>
        <translation>
            <numerusform>憑證和 %n 個中繼憑證，不含根憑證</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>the certificate alone</source>
        <translation>僅憑證本身</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n intermediate certificate(s)</source>
        <translation>
            <numerusform>%n 個中繼憑證</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>the private key (%1), readable by the owner only (0600)</source>
        <translation>私密金鑰（%1），僅擁有者可讀取（0600）</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Configuration change:</source>
        <translation>設定變更：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>  none: the site already uses these files.</source>
        <translation>  無：站台已在使用這些檔案。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Then:</source>
        <translation>接著：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Test the configuration: %1</source>
        <translation>測試設定：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reload the server: %1</source>
        <translation>重新載入伺服器：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Check that %1 serves the new certificate (server name %2).</source>
        <translation>檢查 %1 是否提供新憑證（伺服器名稱 %2）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If any step fails, the previous files and configuration are restored, and the server is reloaded again if it had loaded the change.</source>
        <translation>若有任何步驟失敗，將還原先前的檔案和設定；若伺服器已載入變更，會再重新載入一次。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
</context>
<context>
    <name>BindingRegistry</name>
    <message>
        <location filename="../../model/binding/BindingRegistry.cpp" line="+23" />
        <source>The list of site bindings kept with the store is damaged. Restore meta/bindings.json from a backup; CertPilot will not overwrite it.</source>
        <translation>與存放區一起保存的站台繫結清單已損毀。請從備份還原 meta/bindings.json；CertPilot 不會覆寫它。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The list of site bindings was written by a newer CertPilot. Update CertPilot.</source>
        <translation>站台繫結清單是由較新版的 CertPilot 寫入的。請更新 CertPilot。</translation>
    </message>
</context>
<context>
    <name>BindingStepText</name>
    <message>
        <location filename="../../model/binding/BindingStep.cpp" line="+10" />
        <source>Write the certificate and key files</source>
        <translation>寫入憑證和金鑰檔案</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Point the site's configuration at them</source>
        <translation>將站台的設定指向這些檔案</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Test the configuration</source>
        <translation>測試設定</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Reload the server</source>
        <translation>重新載入伺服器</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check the live site</source>
        <translation>檢查線上站台</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Restore the previous files and configuration</source>
        <translation>還原先前的檔案和設定</translation>
    </message>
    <message>
        <location line="+9" />
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+2" />
        <source>running</source>
        <translation>執行中</translation>
    </message>
    <message>
        <location line="+2" />
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+2" />
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+2" />
        <source>skipped</source>
        <translation>已略過</translation>
    </message>
</context>
<context>
    <name>CaArchiveReader</name>
    <message>
        <location filename="../../model/import/CaArchiveReader.cpp" line="+36" />
        <source>an entry has no name</source>
        <translation>有項目沒有名稱</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the entry "%1" uses backslashes in its path</source>
        <translation>項目「%1」的路徑使用了反斜線</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the entry "%1" has an absolute path</source>
        <translation>項目「%1」使用絕對路徑</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the entry "%1" points outside the archive (..)</source>
        <translation>項目「%1」指向封存檔之外（..）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>the entry "%1" has control characters in its name</source>
        <translation>項目「%1」的名稱含有控制字元</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 was not opened because %2. Ask the CA for the certificate files again; nothing was imported.</source>
        <translation>未開啟 %1，因為%2。請再向 CA 索取憑證檔案；未匯入任何項目。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 was not opened because %2. A CA's certificate archive is a few kilobytes; this one may be damaged or hostile. Nothing was imported.</source>
        <translation>未開啟 %1，因為%2。CA 的憑證封存檔只有幾 KB；此檔案可能已損毀或含有惡意內容。未匯入任何項目。</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>it is larger than %n MiB</source>
        <translation>
            <numerusform>它大於 %n MiB</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 could not be read.</source>
        <translation>無法讀取 %1。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is not a readable zip archive (it may be damaged or only partly downloaded). Download it again; nothing was imported.</source>
        <translation>%1 不是可讀取的 zip 封存檔（可能已損毀或只下載了一部分）。請重新下載；未匯入任何項目。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 is empty. Ask the CA for the certificate files again; nothing was imported.</source>
        <translation>%1 是空的。請再向 CA 索取憑證檔案；未匯入任何項目。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>it holds %1 entries (at most %2 are read)</source>
        <translation>它包含 %1 個項目（最多讀取 %2 個）</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 is damaged: an entry cannot be read. Nothing was imported.</source>
        <translation>%1 已損毀：有項目無法讀取。未匯入任何項目。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>the entry "%1" is a symbolic link</source>
        <translation>項目「%1」是符號連結</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the entry "%1" is encrypted (certificates need no password; a password protected archive is not supported)</source>
        <translation>項目「%1」已加密（憑證不需要密碼；不支援受密碼保護的封存檔）</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>the entry "%1" is larger than %n KiB</source>
        <translation>
            <numerusform>項目「%1」大於 %n KiB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>its files add up to more than %n MiB</source>
        <translation>
            <numerusform>其檔案總計超過 %n MiB</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 holds only folders, no files. Ask the CA for the certificate files again; nothing was imported.</source>
        <translation>%1 只包含資料夾，沒有檔案。請再向 CA 索取憑證檔案；未匯入任何項目。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 is damaged: "%2" cannot be opened. Nothing was imported.</source>
        <translation>%1 已損毀：無法開啟「%2」。未匯入任何項目。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is damaged: "%2" does not inflate correctly. Download it again; nothing was imported.</source>
        <translation>%1 已損毀：「%2」無法正確解壓縮。請重新下載；未匯入任何項目。</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>the entry "%1" inflates to more than %n KiB</source>
        <translation>
            <numerusform>項目「%1」解壓縮後超過 %n KiB</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>its files inflate to more than %n MiB</source>
        <translation>
            <numerusform>其檔案解壓縮後超過 %n MiB</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>the entry "%1" expands more than %2 times (a zip bomb)</source>
        <translation>項目「%1」解壓縮後膨脹超過 %2 倍（zip 炸彈）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is damaged: "%2" is not the size its header says. Download it again; nothing was imported.</source>
        <translation>%1 已損毀：「%2」的大小與其標頭所述不符。請重新下載；未匯入任何項目。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>declared %1 bytes, inflated %2</source>
        <translation>宣告 %1 位元組，解壓縮後 %2</translation>
    </message>
</context>
<context>
    <name>CaImport</name>
    <message>
        <location filename="../../model/import/CaImport.cpp" line="+48" />
        <source>Nothing was imported: %1 The store is as it was before.</source>
        <translation>未匯入任何項目：%1 存放區維持原狀。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Skipped %1: %2</source>
        <translation>已略過 %1：%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Completed the pending request for %1: moved into %2 with its private key.</source>
        <translation>已完成 %1 擱置的要求：已連同其私密金鑰移入 %2。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Completes the pending request for %1: moves into %2 with its private key.</source>
        <translation>完成 %1 擱置的要求：連同其私密金鑰移入 %2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Added the private key to %1 in %2.</source>
        <translation>已將私密金鑰新增至 %2 中的 %1。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Adds the private key to %1 in %2.</source>
        <translation>將私密金鑰新增至 %2 中的 %1。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Installed %1 in %2.</source>
        <translation>已將 %1 安裝到 %2。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Installs %1 in %2.</source>
        <translation>將 %1 安裝到 %2。</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <location filename="../../model/Certificate.cpp" line="+179" />
        <source>The data is not a valid X.509 certificate: it may be damaged or truncated. Ask the sender for the file again.</source>
        <translation>資料不是有效的 X.509 憑證：可能已損毀或被截斷。請向寄件者重新索取檔案。</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+38" />
        <source>The certificate is empty.</source>
        <translation>憑證是空的。</translation>
    </message>
    <message numerus="yes">
        <location line="-26" />
        <location line="+34" />
        <source>The certificate is followed by %n unexpected byte(s): the file may be damaged. Ask the sender for the file again.</source>
        <translation>
            <numerusform>憑證後面有 %n 個非預期的位元組：檔案可能已損毀。請向寄件者重新索取檔案。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+102" />
        <source>RSA %1 bits</source>
        <translation>RSA %1 位元</translation>
    </message>
    <message>
        <location line="+9" />
        <source>ECDSA %1</source>
        <translation>ECDSA %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 bits</source>
        <translation>%1 位元</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unknown key type</source>
        <translation>未知的金鑰類型</translation>
    </message>
    <message>
        <location filename="../../model/CertificateCache.cpp" line="+87" />
        <source>The cached certificate is damaged.</source>
        <translation>快取的憑證已損毀。</translation>
    </message>
</context>
<context>
    <name>CertificateBuilder</name>
    <message>
        <location filename="../../model/CertificateBuilder.cpp" line="+55" />
        <source>The certificate could not be created: %1</source>
        <translation>無法建立憑證：%1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>missing key</source>
        <translation>缺少金鑰</translation>
    </message>
    <message>
        <location line="+7" />
        <source>unreadable issuer</source>
        <translation>無法讀取簽發者</translation>
    </message>
    <message>
        <location line="+17" />
        <source>serial number</source>
        <translation>序號</translation>
    </message>
    <message>
        <location line="+3" />
        <source>subject name</source>
        <translation>主體名稱</translation>
    </message>
    <message>
        <location line="+3" />
        <source>issuer name</source>
        <translation>簽發者名稱</translation>
    </message>
    <message>
        <location line="+5" />
        <source>validity</source>
        <translation>有效期間</translation>
    </message>
    <message>
        <location line="+2" />
        <source>public key</source>
        <translation>公開金鑰</translation>
    </message>
    <message>
        <location line="+29" />
        <source>extensions</source>
        <translation>延伸</translation>
    </message>
    <message>
        <location line="+5" />
        <source>signature</source>
        <translation>簽章</translation>
    </message>
</context>
<context>
    <name>CertificateChecks</name>
    <message>
        <location filename="../../model/diagnostics/CertificateChecks.cpp" line="+40" />
        <source>Validity dates</source>
        <translation>有效日期</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not valid yet: it is valid from %1, and this computer's clock says %2.</source>
        <translation>尚未生效：有效期自 %1 開始，而這部電腦的時鐘顯示為 %2。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>If the certificate was just issued, wait until then. Otherwise this computer's clock is wrong (time drift in a virtual machine, a dead BIOS battery): correct it and turn on time synchronisation (NTP).</source>
        <translation>如果憑證剛簽發，請等到生效時間。否則就是這部電腦的時鐘不正確（虛擬機器的時間漂移、BIOS 電池沒電）：請校正時鐘並開啟時間同步（NTP）。</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Expired on %1 (%n day(s) ago).</source>
        <translation>
            <numerusform>已於 %1 過期（%n 天前）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Renew it: create a new request, have the CA issue the new certificate, install it and bind it again. If the date looks wrong, check this computer's clock.</source>
        <translation>請更新憑證：建立新的憑證要求，請 CA 簽發新憑證，安裝後重新繫結。如果日期看起來不對，請檢查這部電腦的時鐘。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The certificate is within its dates, but %1 on its certification path expired on %2.</source>
        <translation>憑證本身在有效期內，但其憑證路徑上的 %1 已於 %2 過期。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Install the CA's current intermediate and root certificates (from its web site or a new cert.zip) and remove the expired one.</source>
        <translation>請安裝 CA 目前的中繼憑證和根憑證（從 CA 的網站或新的 cert.zip 取得），並移除已過期的憑證。</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Valid until %1: only %n day(s) left.</source>
        <translation>
            <numerusform>有效期到 %1：只剩 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Renew now: the CA needs days to issue the new certificate, and every site using this one must be bound again.</source>
        <translation>請立即更新：CA 需要數天才能簽發新憑證，而且使用此憑證的每個站台都必須重新繫結。</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Valid from %1 to %2 (%n day(s) left).</source>
        <translation>
            <numerusform>有效期自 %1 到 %2（剩餘 %n 天）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Intermediate certificates installed</source>
        <translation>已安裝中繼憑證</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The certificate is self-signed: it has no issuer to install.</source>
        <translation>此憑證是自我簽署的：沒有需要安裝的簽發者。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The issuer of %1 is not in the store: %2. The certification path stops there, and clients without it report "issued by an untrusted company" (SEC_ERROR_UNKNOWN_ISSUER).</source>
        <translation>%1 的簽發者不在存放區中：%2。憑證路徑在此中斷，沒有此簽發者的用戶端會回報「由不受信任的公司所簽發」（SEC_ERROR_UNKNOWN_ISSUER）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Install the CA certificates your CA sent (uca.cer, or uca_1.cer and uca_2.cer, and root.cer from cert.zip) with File &gt; Import Certificates, then bind the site again so it serves them.</source>
        <translation>請使用「檔案 &gt; 匯入憑證」安裝 CA 寄給您的 CA 憑證（cert.zip 中的 uca.cer，或 uca_1.cer 和 uca_2.cer，以及 root.cer），然後重新繫結站台，讓站台提供這些憑證。</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Every certificate between this one and its root is installed (%n level(s)).</source>
        <translation>
            <numerusform>此憑證與其根憑證之間的每個憑證都已安裝（共 %n 層）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Root trusted</source>
        <translation>根憑證受信任</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No certification path was built.</source>
        <translation>未建立憑證路徑。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The certification path stops at a missing issuer (see "Intermediate certificates installed"), so its root cannot be checked yet.</source>
        <translation>憑證路徑在缺少的簽發者處中斷（請參閱「已安裝中繼憑證」），因此還無法檢查其根憑證。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The path ends at %1, which is in Trusted Root Certification Authorities.</source>
        <translation>憑證路徑結束於 %1，此憑證位於「信任的根憑證授權單位」中。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The certificate is self-signed: it is its own root, and no client trusts it (CERT_E_UNTRUSTEDROOT).</source>
        <translation>此憑證是自我簽署的：它就是自己的根憑證，沒有任何用戶端信任它（CERT_E_UNTRUSTEDROOT）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>For a public site use a certificate issued by a CA. For an internal site, install this certificate in Trusted Root Certification Authorities on every client.</source>
        <translation>公開站台請使用由 CA 簽發的憑證。內部站台請在每部用戶端電腦上，將此憑證安裝到「信任的根憑證授權單位」。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The path ends at %1, which is not in Trusted Root Certification Authorities (CERT_E_UNTRUSTEDROOT).</source>
        <translation>憑證路徑結束於 %1，此憑證不在「信任的根憑證授權單位」中（CERT_E_UNTRUSTEDROOT）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>If you trust this CA, install its root certificate (root.cer from cert.zip) with File &gt; Import Certificates, after comparing its SHA-256 fingerprint with the one the CA publishes: %1.</source>
        <translation>如果您信任此 CA，請先將其根憑證的 SHA-256 指紋與 CA 公布的指紋比對：%1，然後使用「檔案 &gt; 匯入憑證」安裝該根憑證（cert.zip 中的 root.cer）。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Host name in the certificate</source>
        <translation>憑證中的主機名稱</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No host name was given, and no site is recorded as using this certificate. Give the site's host name to check it.</source>
        <translation>未提供主機名稱，也沒有記錄使用此憑證的站台。請提供站台的主機名稱以進行檢查。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The certificate covers %1.</source>
        <translation>憑證涵蓋 %1。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is not among the certificate's names (%2). Browsers report a name mismatch.</source>
        <translation>%1 不在憑證的名稱中（%2）。瀏覽器會回報名稱不符。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>it has no Subject Alternative Name</source>
        <translation>沒有主體別名</translation>
    </message>
    <message>
        <location line="+8" />
        <source>A wildcard does not cover its own base name: %1 does not cover %2.</source>
        <translation>萬用字元不涵蓋其本身的基礎名稱：%1 不涵蓋 %2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A wildcard covers exactly one label: %1 does not cover %2.</source>
        <translation>萬用字元只涵蓋一層標籤：%1 不涵蓋 %2。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is only the subject's Common Name, which browsers ignore: it must be a Subject Alternative Name.</source>
        <translation>%1 只是主體的一般名稱，瀏覽器會忽略它：它必須列在主體別名中。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Request a certificate whose Subject Alternative Names include %1 (every name the site answers to), or use a host name the certificate covers.</source>
        <translation>請要求主體別名包含 %1（站台回應的所有名稱）的憑證，或使用此憑證涵蓋的主機名稱。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Private key present</source>
        <translation>私密金鑰存在</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Certificates in %1 need no private key; a server certificate in Personal does.</source>
        <translation>%1 中的憑證不需要私密金鑰；「個人」中的伺服器憑證則需要。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The store holds a private key for this certificate.</source>
        <translation>存放區中有此憑證的私密金鑰。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The store has no private key for this certificate, so no server can use it. This happens when the request was completed on another server or its pending key was lost; the certificate then seems to "disappear" after Complete Request.</source>
        <translation>存放區中沒有此憑證的私密金鑰，因此任何伺服器都無法使用它。當憑證要求是在另一台伺服器上完成，或其擱置的金鑰遺失時，就會發生這種情況；此時憑證在「完成憑證要求」之後似乎會「不見」。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The pending request for this certificate is in this store with its key: complete it (Certificate &gt; Complete Request) with this certificate's file.</source>
        <translation>此憑證擱置的要求連同其金鑰都在此存放區中：請用此憑證的檔案完成它（「憑證 &gt; 完成憑證要求」）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only the original key cures this: import the PFX backup that holds it (File &gt; Import PFX), or complete the request on the machine that made it and export a PFX there. Otherwise create a new request and have the CA re-issue the certificate (this takes days).</source>
        <translation>只有原始金鑰能解決此問題：匯入含有該金鑰的 PFX 備份（「檔案 &gt; 匯入 PFX」），或在產生憑證要求的電腦上完成要求，並在那裡匯出 PFX。否則請建立新的憑證要求，並請 CA 重新簽發憑證（這需要數天）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Private key matches</source>
        <translation>私密金鑰相符</translation>
    </message>
    <message>
        <location line="+3" />
        <source>There is no private key to compare (see "Private key present").</source>
        <translation>沒有可比對的私密金鑰（請參閱「私密金鑰存在」）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The private key cannot be read, so it cannot be compared (see "Private key readable").</source>
        <translation>無法讀取私密金鑰，因此無法比對（請參閱「私密金鑰可讀取」）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The private key matches the certificate's public key.</source>
        <translation>私密金鑰與憑證的公開金鑰相符。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The private key stored with this certificate belongs to another certificate: the public keys differ. A server given this pair refuses to start or fails every handshake.</source>
        <translation>與此憑證一起儲存的私密金鑰屬於另一個憑證：兩者的公開金鑰不同。使用這組憑證和金鑰的伺服器會無法啟動，或每次交握都失敗。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Use the right key: the PFX backup made with this certificate, or the pending request it was issued for. If that key is lost, create a new request and have the certificate re-issued.</source>
        <translation>請使用正確的金鑰：與此憑證一起製作的 PFX 備份，或簽發此憑證時所對應的擱置要求。如果該金鑰已遺失，請建立新的憑證要求，並請 CA 重新簽發憑證。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Valid for server authentication</source>
        <translation>適用於伺服器驗證</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ask your CA for a TLS/SSL server certificate (Server Authentication); client, e-mail and code-signing certificates cannot serve a site.</source>
        <translation>請向 CA 申請 TLS/SSL 伺服器憑證（伺服器驗證）；用戶端、電子郵件和程式碼簽署憑證無法用於站台。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Its Key Usage (%1) allows neither digital signatures nor key encipherment, which TLS needs.</source>
        <translation>其金鑰使用方式（%1）既不允許數位簽章，也不允許金鑰編密，而 TLS 需要這些用途。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The certificate has no Extended Key Usage. Most clients accept that, but some require Server Authentication.</source>
        <translation>此憑證沒有增強金鑰使用方式。大部分用戶端接受這種情況，但有些要求伺服器驗證。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing to do now; ask for Server Authentication at the next renewal (CAs include it).</source>
        <translation>目前不需要處理；下次更新時請要求伺服器驗證（CA 都會包含此項目）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Valid for Server Authentication (Extended Key Usage).</source>
        <translation>適用於伺服器驗證（增強金鑰使用方式）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Its Extended Key Usage is only "any purpose"; browsers expect Server Authentication.</source>
        <translation>其增強金鑰使用方式只有「任何用途」；瀏覽器預期的是伺服器驗證。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not valid for server authentication: its Extended Key Usage is %1, without Server Authentication. Browsers refuse it for a web site.</source>
        <translation>不適用於伺服器驗證：其增強金鑰使用方式為 %1，不含伺服器驗證。瀏覽器會拒絕將它用於網站。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Key strength</source>
        <translation>金鑰強度</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Create a new request with RSA 2048 bits or more, or ECDSA P-256, and have the certificate re-issued.</source>
        <translation>請以 RSA 2048 位元以上或 ECDSA P-256 建立新的憑證要求，並請 CA 重新簽發憑證。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 is too weak: at least %2 bits are needed, and browsers refuse less.</source>
        <translation>%1 太弱：至少需要 %2 位元，瀏覽器會拒絕更短的金鑰。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1: strong enough.</source>
        <translation>%1：強度足夠。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is strong, but many clients do not accept it in server certificates yet.</source>
        <translation>%1 強度很高，但許多用戶端尚未接受在伺服器憑證中使用它。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is not accepted by browsers.</source>
        <translation>瀏覽器不接受 %1。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Signature hash</source>
        <translation>簽章雜湊</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+4" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Signed with a broken hash (SHA-1 or older): %1. Browsers reject it.</source>
        <translation>使用已遭破解的雜湊（SHA-1 或更舊）簽署：%1。瀏覽器會拒絕它。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ask your CA to re-issue the certificate signed with SHA-256, and install its current intermediate certificates.</source>
        <translation>請要求 CA 以 SHA-256 重新簽發憑證，並安裝其目前的中繼憑證。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Self-signed with %1.</source>
        <translation>以 %1 自我簽署。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signed with %1.</source>
        <translation>以 %1 簽署。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Private key readable</source>
        <translation>私密金鑰可讀取</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The store lists no private key for this certificate.</source>
        <translation>存放區未列出此憑證的私密金鑰。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The private key can be read.</source>
        <translation>可以讀取私密金鑰。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The store lists a private key for this certificate, but it cannot be read: %1</source>
        <translation>存放區列出了此憑證的私密金鑰，但無法讀取：%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the account that uses the key read access to it. On Windows: certlm.msc &gt; Personal &gt; the certificate &gt; All Tasks &gt; Manage Private Keys, and allow Read for the web server's account (IIS AppPool\&lt;pool&gt;, NETWORK SERVICE); Schannel logs event 36870 (0x80090016, 0x8009001a) until it can. In a PEM store the key file must be readable by its owner (mode 0600).</source>
        <translation>請授予使用該金鑰的帳戶讀取權限。在 Windows 上：在 certlm.msc 中依序選擇「個人」&gt; 該憑證 &gt;「所有工作」&gt;「管理私密金鑰」，並為網頁伺服器的帳戶（IIS AppPool\&lt;集區&gt;、NETWORK SERVICE）允許「讀取」；在取得權限之前，Schannel 會記錄事件 36870（0x80090016、0x8009001a）。在 PEM 存放區中，金鑰檔案必須可由其擁有者讀取（模式 0600）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The key is damaged or in a form CertPilot cannot read: restore it from the PFX backup.</source>
        <translation>金鑰已損毀，或其格式 CertPilot 無法讀取：請從 PFX 備份還原。</translation>
    </message>
</context>
<context>
    <name>CertificateFields</name>
    <message>
        <location filename="../../ui/CertificateFields.cpp" line="+36" />
        <source>DNS Name=%1</source>
        <translation>DNS 名稱=%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>IP Address=%1</source>
        <translation>IP 位址=%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Email=%1</source>
        <translation>電子郵件=%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>URL=%1</source>
        <translation>URL=%1</translation>
    </message>
    <message>
        <location line="+41" />
        <source>%1 (critical)</source>
        <translation>%1（重要）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Serial number</source>
        <translation>序號</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signature algorithm</source>
        <translation>簽章演算法</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signature hash algorithm</source>
        <translation>簽章雜湊演算法</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issuer</source>
        <translation>簽發者</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid to</source>
        <translation>有效期到</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subject</source>
        <translation>主體</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Public key</source>
        <translation>公開金鑰</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Subject Alternative Name</source>
        <translation>主體別名</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Key Usage</source>
        <translation>金鑰使用方式</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enhanced Key Usage</source>
        <translation>增強金鑰使用方式</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Subject Type=CA</source>
        <translation>主體類型=CA</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Subject Type=End Entity</source>
        <translation>主體類型=終端實體</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Path Length Constraint=None</source>
        <translation>路徑長度限制=無</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Path Length Constraint=%1</source>
        <translation>路徑長度限制=%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Basic Constraints</source>
        <translation>基本限制</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Subject Key Identifier</source>
        <translation>主體金鑰識別碼</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Authority Key Identifier</source>
        <translation>授權金鑰識別碼</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Thumbprint (SHA-1)</source>
        <translation>指紋 (SHA-1)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thumbprint (SHA-256)</source>
        <translation>指紋 (SHA-256)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Friendly name</source>
        <translation>好記的名稱</translation>
    </message>
</context>
<context>
    <name>CertificateRequest</name>
    <message>
        <location filename="../../model/CertificateRequest.cpp" line="+74" />
        <source>The data is not a valid certificate request (PKCS#10).</source>
        <translation>資料不是有效的憑證要求（PKCS#10）。</translation>
    </message>
    <message>
        <location line="+57" />
        <source>RSA %1 bits</source>
        <translation>RSA %1 位元</translation>
    </message>
    <message>
        <location line="+3" />
        <source>ECDSA %1</source>
        <translation>ECDSA %1</translation>
    </message>
</context>
<context>
    <name>ChainStatusText</name>
    <message>
        <location filename="../../model/ChainStatus.cpp" line="+12" />
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Issuer missing</source>
        <translation>缺少簽發者</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Root not trusted</source>
        <translation>根憑證不受信任</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signature invalid</source>
        <translation>簽章無效</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Issuer is not a CA</source>
        <translation>簽發者不是 CA</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Self-signed</source>
        <translation>自我簽署</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Wrong purpose</source>
        <translation>用途不符</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Host name mismatch</source>
        <translation>主機名稱不符</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Name not permitted</source>
        <translation>名稱不被允許</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Chain too long</source>
        <translation>憑證鏈過長</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Weak key or signature</source>
        <translation>金鑰或簽章太弱</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Malformed</source>
        <translation>格式錯誤</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not trusted</source>
        <translation>不受信任</translation>
    </message>
    <message>
        <location line="+9" />
        <source>This certificate is OK.</source>
        <translation>此憑證沒有問題。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This certificate has expired. Renew it, or check the computer's clock if the date looks wrong.</source>
        <translation>此憑證已過期。請更新憑證；如果日期看起來不對，請檢查電腦的時鐘。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This certificate is not valid yet. If it was just issued, wait; otherwise check the computer's clock (time drift in a virtual machine, a dead BIOS battery).</source>
        <translation>此憑證尚未生效。如果剛簽發，請稍候；否則請檢查電腦的時鐘（虛擬機器的時間漂移、BIOS 電池沒電）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The certificate that issued this one is not installed. Install the intermediate certificate from your CA in Intermediate Certification Authorities.</source>
        <translation>簽發此憑證的憑證未安裝。請將 CA 提供的中繼憑證安裝到中繼憑證授權單位。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The chain ends at a root certificate that is not trusted. If you trust this CA, install its root certificate in Trusted Root Certification Authorities.</source>
        <translation>憑證鏈結束於不受信任的根憑證。如果您信任此 CA，請將其根憑證安裝到信任的根憑證授權單位。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The signature does not verify: the certificate was altered, or the issuer found is not the one that signed it. Get the certificates from your CA again.</source>
        <translation>簽章無法驗證：憑證已被更改，或找到的簽發者並非簽署它的簽發者。請重新向 CA 取得憑證。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A certificate in the chain issues others but is not a certification authority. The chain is invalid; ask your CA for the right intermediate certificate.</source>
        <translation>憑證鏈中有憑證簽發其他憑證，但它不是憑證授權單位。此憑證鏈無效；請向 CA 索取正確的中繼憑證。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This certificate is self-signed and is not in Trusted Root Certification Authorities, so browsers will not trust it. Use a certificate issued by a CA.</source>
        <translation>此憑證是自我簽署的，且不在信任的根憑證授權單位中，因此瀏覽器不會信任它。請使用由 CA 簽發的憑證。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This certificate is not valid for this purpose (for example, server authentication is missing from its Extended Key Usage). Ask your CA for a TLS server certificate.</source>
        <translation>此憑證不適用於此用途（例如其增強金鑰使用方式缺少伺服器驗證）。請向 CA 申請 TLS 伺服器憑證。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The host name is not in this certificate's Subject Alternative Names. Request a certificate that lists the name, or use one of the names it lists.</source>
        <translation>主機名稱不在此憑證的主體別名中。請要求列有該名稱的憑證，或使用憑證所列的名稱之一。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A CA in the chain is not permitted to issue a certificate for this name.</source>
        <translation>憑證鏈中的 CA 不被允許為此名稱簽發憑證。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The chain is longer than a CA in it allows.</source>
        <translation>憑證鏈超過其中某個 CA 所允許的長度。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The key is too short or the signature algorithm too weak (for example RSA below 2048 bits or SHA-1). Request a new certificate with a stronger key.</source>
        <translation>金鑰太短或簽章演算法太弱（例如 RSA 低於 2048 位元或 SHA-1）。請使用更強的金鑰要求新憑證。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The certificate breaks the X.509 rules and is rejected. Ask your CA to re-issue it.</source>
        <translation>此憑證違反 X.509 規則而遭拒絕。請要求 CA 重新簽發。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The certificate is not trusted.</source>
        <translation>此憑證不受信任。</translation>
    </message>
</context>
<context>
    <name>ChainVerifier</name>
    <message>
        <location filename="../../model/ChainVerifier.cpp" line="+320" />
        <source>Issuer not found: %1. Install the intermediate certificate from your CA.</source>
        <translation>找不到簽發者：%1。請安裝 CA 提供的中繼憑證。</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../../app/cli/BindCommand.cpp" line="+28" />
        <source>* matches the certificate's names</source>
        <translation>* 符合憑證的名稱</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Apply this change? [y/N] </source>
        <translation>要套用此變更嗎？[y/N] </translation>
    </message>
    <message>
        <location line="+12" />
        <source>The Personal certificate to bind.</source>
        <translation>要繫結的「個人」憑證。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nginx or apache; iis on Windows (HTTP.sys bindings).</source>
        <translation>nginx 或 apache；在 Windows 上為 iis（HTTP.sys 繫結）。</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../app/cli/RequestCommand.cpp" line="+81" />
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The site: one of its host names, or its id. Without it, the sites are listed.</source>
        <translation>站台：其主機名稱之一或其 ID。若省略，則列出站台。</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../app/cli/CompleteCommand.cpp" line="+71" />
        <location filename="../../app/cli/ConvertCommand.cpp" line="+41" />
        <location filename="../../app/cli/DiagnoseCommand.cpp" line="+82" />
        <location filename="../../app/cli/ExportCommand.cpp" line="+49" />
        <location filename="../../app/cli/ImportCommand.cpp" line="+121" />
        <location filename="../../app/cli/ImportPfxCommand.cpp" line="+40" />
        <location filename="../../app/cli/ProbeCommand.cpp" line="+48" />
        <location filename="../../app/cli/RequestCommand.cpp" line="-14" />
        <location line="+11" />
        <location filename="../../app/cli/VerifyCommand.cpp" line="+48" />
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server's configuration folder (default /etc/nginx or /etc/apache2).</source>
        <translation>伺服器的設定資料夾（預設為 /etc/nginx 或 /etc/apache2）。</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+6" />
        <location filename="../../app/cli/CliContext.cpp" line="+67" />
        <location filename="../../app/cli/ExportCommand.cpp" line="-6" />
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location line="-4" />
        <source>The main configuration file, relative to the folder.</source>
        <translation>主要設定檔，相對於該資料夾。</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../app/cli/ConvertCommand.cpp" line="-7" />
        <location line="+1" />
        <location filename="../../app/cli/ExportCommand.cpp" line="-3" />
        <location filename="../../app/cli/RequestCommand.cpp" line="+9" />
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Where the certificate files go (default CONFIG-ROOT/certpilot).</source>
        <translation>憑證檔案的存放位置（預設為 CONFIG-ROOT/certpilot）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Add an https listener to a site that has none.</source>
        <translation>為沒有 https 接聽程式的站台新增一個。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The listener's port (default 443).</source>
        <translation>接聽程式的連接埠（預設為 443）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the change; change nothing.</source>
        <translation>顯示變更；不做任何變更。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Apply without asking.</source>
        <translation>不詢問直接套用。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The configuration test command ({configRoot} and {mainConfig} are replaced).</source>
        <translation>設定測試命令（{configRoot} 和 {mainConfig} 會被取代）。</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+2" />
        <source>CMD</source>
        <translation>CMD</translation>
    </message>
    <message>
        <location line="-1" />
        <source>The reload command.</source>
        <translation>重新載入命令。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Do not check the live site after the reload.</source>
        <translation>重新載入後不檢查線上站台。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Bind a certificate to an nginx or Apache site: write fullchain.pem and privkey.pem, point the site at them, test the configuration, reload, and check the live site. Any failure restores the previous files and configuration.</source>
        <translation>將憑證繫結到 nginx 或 Apache 站台：寫入 fullchain.pem 和 privkey.pem、將站台指向它們、測試設定、重新載入，並檢查線上站台。任何失敗都會還原先前的檔案和設定。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>bind takes one thumbprint.</source>
        <translation>bind 需要一個指紋。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--server must be one of: %1.</source>
        <translation>--server 必須是下列其中之一：%1。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>--port takes a number from 1 to 65535.</source>
        <translation>--port 需要 1 到 65535 之間的數字。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Choose the site with --site NAME (a host name or an id above).</source>
        <translation>請以 --site NAME 選擇站台（上方列出的主機名稱或 ID）。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Nothing was changed. Add --yes to apply without asking.</source>
        <translation>未做任何變更。加上 --yes 可不詢問直接套用。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>warning: the binding works, but it could not be recorded: %1</source>
        <translation>警告：繫結已生效，但無法記錄：%1</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Bound %1 to %2.</source>
        <translation>已將 %1 繫結到 %2。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Bind a certificate to an nginx or Apache site.</source>
        <translation>將憑證繫結到 nginx 或 Apache 站台。</translation>
    </message>
    <message>
        <location filename="../../app/cli/BindingsCommand.cpp" line="+15" />
        <source>Only the sites of this certificate.</source>
        <translation>僅限此憑證的站台。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>List the sites certificates were bound to ("used by").</source>
        <translation>列出憑證所繫結的站台（「使用於」）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>bindings takes at most one thumbprint.</source>
        <translation>bindings 最多只接受一個指紋。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>No bindings recorded.</source>
        <translation>沒有已記錄的繫結。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>bound %1; checked at %2:%3</source>
        <translation>已繫結 %1；於 %2:%3 檢查</translation>
    </message>
    <message>
        <location line="+11" />
        <source>List site bindings ("used by").</source>
        <translation>列出站台繫結（「使用於」）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/CliContext.cpp" line="-35" />
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The store folder.</source>
        <translation>存放區資料夾。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print JSON instead of text.</source>
        <translation>輸出 JSON 而非文字。</translation>
    </message>
    <message>
        <location line="+32" />
        <location filename="../../app/cli/ImportCommand.cpp" line="+57" />
        <location filename="../../app/cli/RequestCommand.cpp" line="+74" />
        <source>Error: %1</source>
        <translation>錯誤：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../app/cli/CompleteCommand.cpp" line="+23" />
        <source>Detail: %1</source>
        <translation>詳細資料：%1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Run with --help for usage.</source>
        <translation>請使用 --help 執行以查看用法。</translation>
    </message>
    <message>
        <location filename="../../app/cli/CompleteCommand.cpp" line="-28" />
        <source>The CA's response: .cer/.crt (PEM or DER) or .p7b; root and intermediate files may be given too.</source>
        <translation>CA 的回應：.cer/.crt（PEM 或 DER）或 .p7b；也可以提供根憑證和中繼憑證檔案。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A name to recognise the certificate by, as in IIS.</source>
        <translation>用來辨識憑證的名稱，如同 IIS。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Complete a certificate request: match the CA's response to its pending private key and move both into Personal.</source>
        <translation>完成憑證要求：將 CA 的回應與其擱置的私密金鑰配對，並將兩者移入「個人」。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>complete needs the certificate file the CA sent.</source>
        <translation>complete 需要 CA 寄來的憑證檔案。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Request completed.</source>
        <translation>已完成憑證要求。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Thumbprint: %1</source>
        <translation>指紋：%1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Complete a request with the CA's response (moves it into Personal).</source>
        <translation>以 CA 的回應完成憑證要求（移入「個人」）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/ConvertCommand.cpp" line="-4" />
        <source>The file to convert.</source>
        <translation>要轉換的檔案。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>pem, der or pfx.</source>
        <translation>pem、der 或 pfx。</translation>
    </message>
    <message>
        <location line="+0" />
        <location filename="../../app/cli/ExportCommand.cpp" line="-10" />
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The private key file (for --to pfx).</source>
        <translation>私密金鑰檔案（用於 --to pfx）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file to write.</source>
        <translation>要寫入的檔案。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>--to pfx: modern (default) or legacy.</source>
        <translation>--to pfx：modern（預設）或 legacy。</translation>
    </message>
    <message>
        <location line="+1" />
        <location filename="../../app/cli/ExportCommand.cpp" line="+5" />
        <source>PROFILE</source>
        <translation>PROFILE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>--to pem: write the private key unencrypted.</source>
        <translation>--to pem：以未加密方式寫入私密金鑰。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>--to pfx: the friendly name.</source>
        <translation>--to pfx：好記的名稱。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replace the output file.</source>
        <translation>取代輸出檔案。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>the new file's password (PFX, or the key in a PEM bundle)</source>
        <translation>新檔案的密碼（PFX，或 PEM 套件中的金鑰）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>the input's password (PFX or encrypted key)</source>
        <translation>輸入檔的密碼（PFX 或加密的金鑰）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Convert certificate files outside the store: PEM &lt;-&gt; DER, PFX -&gt; PEM bundle, PEM bundle + key -&gt; PFX. The input format is found from the content.</source>
        <translation>轉換存放區以外的憑證檔案：PEM &lt;-&gt; DER、PFX -&gt; PEM 套件、PEM 套件 + 金鑰 -&gt; PFX。輸入格式會依內容判斷。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>convert takes one input file, --to and --out.</source>
        <translation>convert 需要一個輸入檔、--to 和 --out。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unknown format %1: use pem, der or pfx.</source>
        <translation>未知的格式 %1：請使用 pem、der 或 pfx。</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../app/cli/ExportCommand.cpp" line="+33" />
        <source>Unknown profile %1: use legacy or modern.</source>
        <translation>未知的設定檔 %1：請使用 legacy 或 modern。</translation>
    </message>
    <message>
        <location line="+11" />
        <location filename="../../app/cli/ImportPfxCommand.cpp" line="+20" />
        <source>The file %1 does not exist.</source>
        <translation>檔案 %1 不存在。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Password of the input: </source>
        <translation>輸入檔的密碼： </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Password for the new file: </source>
        <translation>新檔案的密碼： </translation>
    </message>
    <message>
        <location line="+13" />
        <source>Wrote %1 (%2)</source>
        <translation>已寫入 %1（%2）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Convert files outside the store: PEM, DER, PFX.</source>
        <translation>轉換存放區以外的檔案：PEM、DER、PFX。</translation>
    </message>
    <message>
        <location filename="../../app/cli/DemoCommand.cpp" line="+12" />
        <source>Fill an empty store with example certificates: a 3-tier and a 4-tier chain, an expired and an expiring certificate, one without its key, and a pending request.</source>
        <translation>以範例憑證填入空的存放區：一個 3 層和一個 4 層的憑證鏈、一個已過期和一個即將到期的憑證、一個沒有金鑰的憑證，以及一個擱置的要求。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The store is not empty; example data goes into an empty store only.</source>
        <translation>存放區不是空的；範例資料只能放入空的存放區。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Example certificates written to %1</source>
        <translation>範例憑證已寫入 %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Fill an empty store with example certificates.</source>
        <translation>以範例憑證填入空的存放區。</translation>
    </message>
    <message>
        <location filename="../../app/cli/ExportCommand.cpp" line="-41" />
        <location filename="../../app/cli/ShowCommand.cpp" line="+10" />
        <source>SHA-1 thumbprint (8+ digits).</source>
        <translation>SHA-1 指紋（8 位數以上）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>pfx (default), cer, cer-base64, p7b, nginx, apache or key.</source>
        <translation>pfx（預設）、cer、cer-base64、p7b、nginx、apache 或 key。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>PFX compatibility: modern (default; Windows Server 2019+, AES-256) or legacy (Windows Server 2016 and older, Java 8; TripleDES).</source>
        <translation>PFX 相容性：modern（預設；Windows Server 2019+，AES-256）或 legacy（Windows Server 2016 及更舊版本、Java 8；TripleDES）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>pfx, p7b: include the chain (intermediates and root).</source>
        <translation>pfx、p7b：包含憑證鏈（中繼憑證和根憑證）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>With --chain: leave the root out.</source>
        <translation>搭配 --chain：不包含根憑證。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file to write (one-file formats).</source>
        <translation>要寫入的檔案（單一檔案格式）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The folder to write to, with the default file names.</source>
        <translation>要寫入的資料夾，使用預設檔名。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Write key files (nginx, apache, key) unencrypted, as web servers without a pass phrase need them.</source>
        <translation>以未加密方式寫入金鑰檔（nginx、apache、key），供不使用複雜密碼的網頁伺服器使用。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>PFX: the friendly name (default: the store's).</source>
        <translation>PFX：好記的名稱（預設：存放區中的名稱）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replace existing files.</source>
        <translation>取代現有檔案。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export a certificate: a PFX backup with its private key, the certificate alone, or the files nginx and Apache use.</source>
        <translation>匯出憑證：含私密金鑰的 PFX 備份、僅憑證本身，或 nginx 和 Apache 使用的檔案。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>export takes one thumbprint.</source>
        <translation>export 需要一個指紋。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unknown format %1.</source>
        <translation>未知的格式 %1。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give --out or --out-dir, not both.</source>
        <translation>請提供 --out 或 --out-dir，不要同時提供。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 writes several files: use --out-dir.</source>
        <translation>%1 會寫入多個檔案：請使用 --out-dir。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is a pending request, not a certificate.</source>
        <translation>%1 是擱置的要求，不是憑證。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The store has no private key for %1, so it cannot be exported as %2. Export it with --format cer instead.</source>
        <translation>存放區中沒有 %1 的私密金鑰，因此無法匯出為 %2。請改用 --format cer 匯出。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Password for the PFX file: </source>
        <translation>PFX 檔案的密碼： </translation>
    </message>
    <message>
        <location line="+1" />
        <source>Password for the key file: </source>
        <translation>金鑰檔的密碼： </translation>
    </message>
    <message>
        <location line="+7" />
        <source>warning: weak password. %1</source>
        <translation>警告：密碼強度不足。%1</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Wrote %1</source>
        <translation>已寫入 %1</translation>
    </message>
    <message>
        <location line="+7" />
        <location filename="../../app/cli/ImportPfxCommand.cpp" line="+78" />
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Export a certificate: PFX backup, .cer, .p7b, nginx or Apache files, key.</source>
        <translation>匯出憑證：PFX 備份、.cer、.p7b、nginx 或 Apache 檔案、金鑰。</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportCommand.cpp" line="-104" />
        <source>skip</source>
        <translation>略過</translation>
    </message>
    <message>
        <location line="+1" />
        <source>complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>add key</source>
        <translation>新增金鑰</translation>
    </message>
    <message>
        <location line="+1" />
        <source>install</source>
        <translation>安裝</translation>
    </message>
    <message>
        <location line="+3" />
        <source>from %1, SHA-1 %2</source>
        <translation>來自 %1，SHA-1 %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>flags: %1</source>
        <translation>旗標：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>after import: %1. %2</source>
        <translation>匯入後：%1。%2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>trust decision: SHA-256 %1</source>
        <translation>信任決定：SHA-256 %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>not imported: %1: %2</source>
        <translation>未匯入：%1：%2</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Certificate files and archives: a CA's cert.zip, .cer/.crt/.pem (PEM or DER), .p7b, PEM bundles.</source>
        <translation>憑證檔案和封存檔：CA 的 cert.zip、.cer/.crt/.pem（PEM 或 DER）、.p7b、PEM 套件。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Install what the plan shows. Roots are trusted only with this option: it is your trust decision.</source>
        <translation>安裝計畫中顯示的項目。只有使用此選項時才會信任根憑證：這是您的信任決定。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>File every certificate as root or intermediate instead of classifying it (auto, the default).</source>
        <translation>將每個憑證一律歸為根憑證或中繼憑證，而非自動分類（auto，預設值）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A name for the server certificate, as in IIS.</source>
        <translation>伺服器憑證的名稱，如同 IIS。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Judge validity at this time (ISO 8601) instead of now.</source>
        <translation>以此時間（ISO 8601）而非現在判斷有效性。</translation>
    </message>
    <message>
        <location filename="../../app/cli/DiagnoseCommand.cpp" line="+6" />
        <location filename="../../app/cli/ImportCommand.cpp" line="+1" />
        <location filename="../../app/cli/VerifyCommand.cpp" line="-3" />
        <location filename="../../app/cli/VerifyInstallCommand.cpp" line="+17" />
        <source>TIME</source>
        <translation>TIME</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportCommand.cpp" line="+2" />
        <source>Install everything but new roots: the trust decision is left for later; until then the paths below them end at "issuer missing".</source>
        <translation>安裝新根憑證以外的所有項目：信任決定留待稍後；在此之前，其下的憑證路徑會終止於「缺少簽發者」。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Plan the import of a CA's certificates (roots into Trusted Root, intermediates into Intermediate, the server certificate into Personal, completing its pending request), and install them with --yes, all or nothing.</source>
        <translation>規劃 CA 憑證的匯入（根憑證放入信任的根憑證授權單位、中繼憑證放入中繼憑證授權單位、伺服器憑證放入「個人」並完成其擱置的要求），並以 --yes 安裝，全部成功或全部不變更。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>import needs at least one file.</source>
        <translation>import 至少需要一個檔案。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>--as takes root, intermediate or auto.</source>
        <translation>--as 需要 root、intermediate 或 auto。</translation>
    </message>
    <message>
        <location filename="../../app/cli/DiagnoseCommand.cpp" line="+20" />
        <location filename="../../app/cli/ImportCommand.cpp" line="+4" />
        <location filename="../../app/cli/VerifyCommand.cpp" line="+22" />
        <location filename="../../app/cli/VerifyInstallCommand.cpp" line="+15" />
        <source>--at takes an ISO 8601 time such as 2026-01-31T12:00:00Z.</source>
        <translation>--at 需要 ISO 8601 時間，例如 2026-01-31T12:00:00Z。</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportCommand.cpp" line="+38" />
        <source>Nothing to install.</source>
        <translation>沒有要安裝的項目。</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Installed %n certificate(s).</source>
        <translation>
            <numerusform>已安裝 %n 個憑證。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Nothing was changed. Run again with --yes to install %n certificate(s)%1.</source>
        <translation>
            <numerusform>未做任何變更。請加上 --yes 再執行一次，以安裝 %n 個憑證%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>, trusting the roots shown</source>
        <translation>，並信任所顯示的根憑證</translation>
    </message>
    <message>
        <location line="+7" />
        <source>None of the files holds a certificate that can be imported.</source>
        <translation>沒有任何檔案含有可匯入的憑證。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Install a CA's certificates (cert.zip, roots, intermediates, server).</source>
        <translation>安裝 CA 的憑證（cert.zip、根憑證、中繼憑證、伺服器憑證）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/ImportPfxCommand.cpp" line="-117" />
        <source>
The file contains a root certificate that is not trusted yet:
  %1
  SHA-256 %2
  SHA-1   %3
  valid until %4
Compare the fingerprint with the one your CA publishes. Trust it (install into Trusted Root)? [y/N] </source>
        <translation>
檔案包含尚未受信任的根憑證：
  %1
  SHA-256 %2
  SHA-1   %3
  有效期到 %4
請將此指紋與 CA 公布的指紋比對。要信任它（安裝到信任的根憑證授權單位）嗎？[y/N] </translation>
    </message>
    <message>
        <location line="+13" />
        <source>The .pfx or .p12 file.</source>
        <translation>.pfx 或 .p12 檔案。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Trust the root certificates in the file (install them into Trusted Root) without asking.</source>
        <translation>不詢問直接信任檔案中的根憑證（將其安裝到信任的根憑證授權單位）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The friendly name (default: the one in the file).</source>
        <translation>好記的名稱（預設：檔案中的名稱）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Record that the key must not be exported again (honoured by the Windows store; a PEM store keeps every key in a file).</source>
        <translation>記錄此金鑰不得再次匯出（Windows 存放區會遵守；PEM 存放區會將每個金鑰保存在檔案中）。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Restore a certificate and its private key from a PFX backup into Personal; the CA certificates in the file go to Intermediate and, once you trust them, Trusted Root.</source>
        <translation>從 PFX 備份將憑證及其私密金鑰還原到「個人」；檔案中的 CA 憑證會放入中繼憑證授權單位，並在您信任後放入信任的根憑證授權單位。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>import-pfx takes one file.</source>
        <translation>import-pfx 需要一個檔案。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>PFX password: </source>
        <translation>PFX 密碼： </translation>
    </message>
    <message>
        <location line="+39" />
        <source>Personal: %1 with its private key (%2)</source>
        <translation>個人：%1，含私密金鑰（%2）</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+7" />
        <source>%1 (already there)</source>
        <translation>%1（已存在）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (not trusted: run again with --yes after checking its fingerprint, or import it on its own)</source>
        <translation>%1（未受信任：請在檢查其指紋後加上 --yes 再執行一次，或單獨匯入它）</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Imported:</source>
        <translation>已匯入：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not imported:</source>
        <translation>未匯入：</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Restore a certificate with its private key from a PFX backup.</source>
        <translation>從 PFX 備份還原憑證及其私密金鑰。</translation>
    </message>
    <message>
        <location filename="../../app/cli/ListCommand.cpp" line="+15" />
        <source>Only this store: personal, root, intermediate, requests.</source>
        <translation>僅限此存放區：personal、root、intermediate、requests。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>STORE</source>
        <translation>STORE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Only certificates that expire within DAYS days (or have expired); for cron jobs.</source>
        <translation>僅列出在 DAYS 天內到期（或已過期）的憑證；適用於 cron 工作。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+67" />
        <source>List the certificates of the store.</source>
        <translation>列出存放區中的憑證。</translation>
    </message>
    <message>
        <location line="-60" />
        <source>Unknown store %1.</source>
        <translation>未知的存放區 %1。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>--expiring takes a number of days.</source>
        <translation>--expiring 需要天數。</translation>
    </message>
    <message>
        <location line="+35" />
        <source>pending</source>
        <translation>擱置</translation>
    </message>
    <message>
        <location line="+10" />
        <source>warning: %1: %2</source>
        <translation>警告：%1：%2</translation>
    </message>
    <message>
        <location filename="../../app/cli/main.cpp" line="+44" />
        <source>Usage: certpilot-cli [--store DIR] [--json] COMMAND [options]

Manages TLS server certificates in a CertPilot store (default: %1).

Commands:
</source>
        <translation>用法：certpilot-cli [--store DIR] [--json] COMMAND [options]

管理 CertPilot 存放區中的 TLS 伺服器憑證（預設：%1）。

命令：
</translation>
    </message>
    <message>
        <location line="+11" />
        <source>
Run `certpilot-cli COMMAND --help` for a command's options.
Exit codes: 0 success, 1 failure, 2 bad arguments, 3 not trusted, 4 not found.
</source>
        <translation>
執行 `certpilot-cli COMMAND --help` 以查看命令的選項。
結束代碼：0 成功、1 失敗、2 引數錯誤、3 不受信任、4 找不到。
</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Unknown option %1.</source>
        <translation>未知的選項 %1。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Unknown command %1.</source>
        <translation>未知的命令 %1。</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProbeCommand.cpp" line="-3" />
        <source>HOST or HOST:PORT (port 443 if none).</source>
        <translation>HOST 或 HOST:PORT（未指定時為連接埠 443）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/DiagnoseCommand.cpp" line="-59" />
        <source>Thumbprint (SHA-1): %1</source>
        <translation>指紋 (SHA-1)：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Site: %1 (%2, %3)</source>
        <translation>站台：%1（%2，%3）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Site: %1 (not reached)</source>
        <translation>站台：%1（無法連線）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Fix: %1</source>
        <translation>修正方式：%1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The SHA-1 thumbprint of an installed certificate (a unique prefix of 8 or more digits is enough).</source>
        <translation>已安裝憑證的 SHA-1 指紋（只要是 8 位數以上且不重複的開頭部分即可）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Also check the live site at HOST or HOST:PORT (port 443 if none): what it serves, its chain and protocol.</source>
        <translation>同時檢查位於 HOST 或 HOST:PORT 的線上站台（未指定時為連接埠 443）：它提供的內容、憑證鏈和通訊協定。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>HOST[:PORT]</source>
        <translation>HOST[:PORT]</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../app/cli/ProbeCommand.cpp" line="+2" />
        <source>The server name to send (SNI) and check; default: the host.</source>
        <translation>要傳送（SNI）並檢查的伺服器名稱；預設：主機。</translation>
    </message>
    <message>
        <location line="+3" />
        <location filename="../../app/cli/ProbeCommand.cpp" line="+3" />
        <source>Seconds to wait for the connection, and again for the handshake (default 10).</source>
        <translation>等待連線的秒數，交握時也再等待相同秒數（預設 10）。</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../app/cli/ProbeCommand.cpp" line="+2" />
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Run the troubleshooting checks for an installed certificate: validity dates, intermediates, trusted root, host name, private key (present, matching, readable), server authentication, key and signature strength; with --host also the live site: the certificate it serves, its chain, the protocol and, for IIS, the HTTP.sys binding. Each check passes, warns, fails or does not apply, with the reason and the fix. Exit code 0 when no check fails (warnings allowed), 3 when one fails (an unreachable site fails too), 4 when the certificate is not found, 2 for bad arguments, 1 when the store cannot be read.</source>
        <translation>對已安裝的憑證執行疑難排解檢查：有效日期、中繼憑證、受信任的根憑證、主機名稱、私密金鑰（存在、相符、可讀取）、伺服器驗證、金鑰和簽章強度；使用 --host 時也會檢查線上站台：它提供的憑證、憑證鏈、通訊協定，以及 IIS 的 HTTP.sys 繫結。每項檢查的結果為通過、警告、失敗或不適用，並附上原因和修正方式。沒有任何檢查失敗時結束代碼為 0（允許警告），有檢查失敗時為 3（無法連線的站台也算失敗），找不到憑證時為 4，引數錯誤時為 2，無法讀取存放區時為 1。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>diagnose takes one thumbprint.</source>
        <translation>diagnose 需要一個指紋。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 is a pending request, not a certificate: complete it first (certpilot-cli complete), then diagnose the certificate.</source>
        <translation>%1 是擱置的要求，不是憑證：請先完成它（certpilot-cli complete），再診斷該憑證。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Run the troubleshooting checks for a certificate and, with --host, its site.</source>
        <translation>對憑證執行疑難排解檢查；使用 --host 時也會檢查其站台。</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProbeCommand.cpp" line="+2" />
        <source>The thumbprint of the certificate that should be served (default: the one bound to this site, if recorded).</source>
        <translation>應提供之憑證的指紋（預設：若有記錄，為繫結到此站台的憑證）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>THUMBPRINT</source>
        <translation>THUMBPRINT</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Connect to a TLS endpoint like openssl s_client -showcerts and check what it serves against the store: the bound certificate, a complete chain, trust, the host name, dates. Exit code 0 when the chain is complete, trusted and covers the name; 3 when not; 1 when the connection fails.</source>
        <translation>像 openssl s_client -showcerts 一樣連線到 TLS 端點，並對照存放區檢查其提供的內容：繫結的憑證、完整的憑證鏈、信任、主機名稱、日期。憑證鏈完整、受信任且涵蓋該名稱時結束代碼為 0；否則為 3；連線失敗時為 1。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>probe takes one HOST[:PORT].</source>
        <translation>probe 需要一個 HOST[:PORT]。</translation>
    </message>
    <message>
        <location filename="../../app/cli/DiagnoseCommand.cpp" line="-37" />
        <location filename="../../app/cli/ProbeCommand.cpp" line="+8" />
        <source>--timeout takes a number of seconds from 0.1 to 600.</source>
        <translation>--timeout 需要 0.1 到 600 之間的秒數。</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProbeCommand.cpp" line="+29" />
        <source>Check a live TLS endpoint against the store.</source>
        <translation>對照存放區檢查線上 TLS 端點。</translation>
    </message>
    <message>
        <location filename="../../app/cli/ProbeReport.cpp" line="+32" />
        <source>Endpoint:  %1 (%2)</source>
        <translation>端點：     %1（%2）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SNI:       %1</source>
        <translation>SNI：      %1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Protocol:  %1, cipher %2</source>
        <translation>通訊協定： %1，加密方式 %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Timing:    connect %1 ms, handshake %2 ms</source>
        <translation>時間：     連線 %1 ms，交握 %2 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Served chain (%n certificate(s), in the server's order):</source>
        <translation>
            <numerusform>提供的憑證鏈（%n 個憑證，依伺服器的順序）：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>     issued by %1, expires %2, SHA-1 %3</source>
        <translation>     簽發者 %1，到期日 %2，SHA-1 %3</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Result: the site serves a complete, trusted chain for %1.</source>
        <translation>結果：站台為 %1 提供完整且受信任的憑證鏈。</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Result: problems found (%n failed check(s)).</source>
        <translation>
            <numerusform>結果：發現問題（%n 項檢查失敗）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/RemoveCommand.cpp" line="+9" />
        <source>SHA-1 thumbprint or request id.</source>
        <translation>SHA-1 指紋或要求 ID。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Move a certificate (with its key) or a request to the store's trash. `trash restore` brings it back.</source>
        <translation>將憑證（連同其金鑰）或要求移到存放區的資源回收筒。`trash restore` 可將其還原。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>remove takes one thumbprint.</source>
        <translation>remove 需要一個指紋。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Moved to the trash: %1</source>
        <translation>已移到資源回收筒：%1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>list (default) or restore ID.</source>
        <translation>list（預設）或 restore ID。</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+29" />
        <source>List the trash, or restore an item from it.</source>
        <translation>列出資源回收筒，或從中還原項目。</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Restored %1</source>
        <translation>已還原 %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Use `trash list` or `trash restore ID`.</source>
        <translation>請使用 `trash list` 或 `trash restore ID`。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Move a certificate or request to the trash.</source>
        <translation>將憑證或要求移到資源回收筒。</translation>
    </message>
    <message>
        <location filename="../../app/cli/RequestCommand.cpp" line="-119" />
        <source>%1 exists and is not a file; choose another name for the request.</source>
        <translation>%1 已存在且不是檔案；請為憑證要求選擇其他名稱。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 exists and is not a certificate request; choose another name (CertPilot replaces only an older request).</source>
        <translation>%1 已存在且不是憑證要求；請選擇其他名稱（CertPilot 只會取代較舊的憑證要求）。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The request could not be saved to %1: %2</source>
        <translation>無法將憑證要求儲存到 %1：%2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Common name: the site's host name, without http:// (required).</source>
        <translation>一般名稱：站台的主機名稱，不含 http://（必要）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Organization.</source>
        <translation>組織。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>ORG</source>
        <translation>ORG</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Organizational unit.</source>
        <translation>組織單位。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>UNIT</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City/locality, full name.</source>
        <translation>縣市/地區，完整名稱。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>CITY</source>
        <translation>CITY</translation>
    </message>
    <message>
        <location line="+1" />
        <source>State/province, full name.</source>
        <translation>州/省，完整名稱。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Country: 2-letter ISO code, e.g. TW.</source>
        <translation>國家/地區：2 個字母的 ISO 代碼，例如 TW。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CC</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another DNS name or IP address for the certificate; repeat it or separate names with commas. The common name is always included.</source>
        <translation>憑證的其他 DNS 名稱或 IP 位址；可重複此選項，或以逗號分隔名稱。一般名稱一律會包含在內。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Key: rsa:2048 (default), rsa:3072, rsa:4096, ec:P-256, ec:P-384.</source>
        <translation>金鑰：rsa:2048（預設）、rsa:3072、rsa:4096、ec:P-256、ec:P-384。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Signature hash: sha256 (default), sha384, sha512.</source>
        <translation>簽章雜湊：sha256（預設）、sha384、sha512。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Save the request (CSR) to FILE instead of printing it.</source>
        <translation>將憑證要求（CSR）儲存到 FILE，而不直接輸出。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Create a certificate request (CSR) and keep its private key pending in the Requests store until the CA's answer is completed.</source>
        <translation>建立憑證要求（CSR），並將其私密金鑰擱置在「憑證要求」存放區中，直到完成 CA 的回應為止。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>request takes options only; unexpected %1.</source>
        <translation>request 只接受選項；非預期的 %1。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Unknown key type %1: use rsa:2048, rsa:3072, rsa:4096, ec:P-256 or ec:P-384.</source>
        <translation>未知的金鑰類型 %1：請使用 rsa:2048、rsa:3072、rsa:4096、ec:P-256 或 ec:P-384。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Unknown hash %1: use sha256, sha384 or sha512.</source>
        <translation>未知的雜湊 %1：請使用 sha256、sha384 或 sha512。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Request saved to %1.</source>
        <translation>憑證要求已儲存到 %1。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The private key is pending in the Requests store of %1. Send the request to your CA; when it answers, run: certpilot-cli complete RESPONSE-FILE</source>
        <translation>私密金鑰擱置在 %1 的「憑證要求」存放區中。請將憑證要求傳送給 CA；CA 回覆後，請執行：certpilot-cli complete RESPONSE-FILE</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Create a certificate request (CSR) with a pending private key.</source>
        <translation>建立憑證要求（CSR）並擱置私密金鑰。</translation>
    </message>
    <message>
        <location filename="../../app/cli/ShowCommand.cpp" line="+2" />
        <location line="+58" />
        <source>Show every field of a certificate.</source>
        <translation>顯示憑證的所有欄位。</translation>
    </message>
    <message>
        <location line="-55" />
        <source>show takes one thumbprint.</source>
        <translation>show 需要一個指紋。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Store</source>
        <translation>存放區</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+11" />
        <source>Subject</source>
        <translation>主體</translation>
    </message>
    <message>
        <location line="-7" />
        <location line="+16" />
        <source>Alternative names</source>
        <translation>別名</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Key</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requested</source>
        <translation>要求日期</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Issuer</source>
        <translation>簽發者</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Friendly name</source>
        <translation>好記的名稱</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid from</source>
        <translation>有效期自</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid to</source>
        <translation>有效期到</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Days left</source>
        <translation>剩餘天數</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Serial number</source>
        <translation>序號</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Public key</source>
        <translation>公開金鑰</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signature algorithm</source>
        <translation>簽章演算法</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Key usage</source>
        <translation>金鑰使用方式</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Extended key usage</source>
        <translation>增強金鑰使用方式</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificate authority</source>
        <translation>憑證授權單位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+2" />
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="-1" />
        <source>Private key</source>
        <translation>私密金鑰</translation>
    </message>
    <message>
        <location line="+1" />
        <source>yes, in the store</source>
        <translation>是，在存放區中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SHA-1 thumbprint</source>
        <translation>SHA-1 指紋</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SHA-256 thumbprint</source>
        <translation>SHA-256 指紋</translation>
    </message>
    <message>
        <location filename="../../app/cli/DiagnoseCommand.cpp" line="-65" />
        <location filename="../../app/cli/VerifyCommand.cpp" line="-52" />
        <location filename="../../app/cli/VerifyInstallCommand.cpp" line="+26" />
        <source>Certificate: %1</source>
        <translation>憑證：       %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerifyCommand.cpp" line="+1" />
        <source>SHA-1:       %1</source>
        <translation>SHA-1：      %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certification path:</source>
        <translation>憑證路徑：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>MISSING</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location line="+4" />
        <source> (trusted root)</source>
        <translation>（受信任的根憑證）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Result: trusted. %1</source>
        <translation>結果：受信任。%1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Result: NOT trusted. %1</source>
        <translation>結果：不受信任。%1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A thumbprint from the store, or a certificate file (extra certificates in the file are used as intermediates).</source>
        <translation>存放區中的指紋，或憑證檔案（檔案中的其他憑證會當作中繼憑證使用）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/DiagnoseCommand.cpp" line="+39" />
        <location filename="../../app/cli/VerifyCommand.cpp" line="+2" />
        <location filename="../../app/cli/VerifyInstallCommand.cpp" line="-42" />
        <source>Check at this time (ISO 8601) instead of now.</source>
        <translation>以此時間（ISO 8601）而非現在進行檢查。</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerifyCommand.cpp" line="+2" />
        <source>Also check that the certificate covers this host name or IP address.</source>
        <translation>同時檢查憑證是否涵蓋此主機名稱或 IP 位址。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Only the chain, as the certificate list shows it: no server-purpose, RFC 5280 or key-strength rules.</source>
        <translation>只檢查憑證鏈，與憑證清單顯示的相同：不套用伺服器用途、RFC 5280 或金鑰強度規則。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Check a certificate's chain against the store. Exit code 0 only when it is trusted and valid, 3 when it is not.</source>
        <translation>對照存放區檢查憑證的憑證鏈。只有在受信任且有效時結束代碼為 0，否則為 3。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>verify takes one thumbprint or file.</source>
        <translation>verify 需要一個指紋或檔案。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>%1 holds no certificate.</source>
        <translation>%1 不含任何憑證。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>That is a pending request, not a certificate.</source>
        <translation>那是擱置的要求，不是憑證。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Check a certificate's chain (store thumbprint or file).</source>
        <translation>檢查憑證的憑證鏈（存放區指紋或檔案）。</translation>
    </message>
    <message>
        <location filename="../../app/cli/VerifyInstallCommand.cpp" line="-1" />
        <source>The SHA-1 thumbprint of a certificate in Personal.</source>
        <translation>「個人」中憑證的 SHA-1 指紋。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Check an installed server certificate as an administrator would: dates, private key, certification path, server authentication, key and signature strength. Exit code 0 when nothing fails, 3 when a check fails.</source>
        <translation>以系統管理員的方式檢查已安裝的伺服器憑證：日期、私密金鑰、憑證路徑、伺服器驗證、金鑰和簽章強度。沒有任何檢查失敗時結束代碼為 0，有檢查失敗時為 3。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>verify-install takes one thumbprint.</source>
        <translation>verify-install 需要一個指紋。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>PASS</source>
        <translation>通過</translation>
    </message>
    <message>
        <location line="+1" />
        <source>WARN</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FAIL</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Check an installed server certificate: dates, key, path, purpose, strength.</source>
        <translation>檢查已安裝的伺服器憑證：日期、金鑰、路徑、用途、強度。</translation>
    </message>
</context>
<context>
    <name>CompleteRequest</name>
    <message>
        <location filename="../../model/request/CompleteRequest.cpp" line="+40" />
        <source>%1 (%2, requested %3, id %4)</source>
        <translation>%1（%2，要求於 %3，ID %4）</translation>
    </message>
    <message>
        <location line="+22" />
        <source>There are no pending requests in the store %1.</source>
        <translation>存放區 %1 中沒有擱置的要求。</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>Searched %n pending request(s) in the store %1:</source>
        <translation>
            <numerusform>已搜尋存放區 %1 中的 %n 個擱置的要求：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>  ... and %n more.</source>
        <translation>
            <numerusform>  ... 以及其他 %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>No private key in this store belongs to the certificate for %1 (issued by %2), so the request cannot be completed.</source>
        <translation>此存放區中沒有屬於 %1 憑證（由 %2 簽發）的私密金鑰，因此無法完成憑證要求。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The certificate is already in Personal, but without its private key.</source>
        <translation>此憑證已在「個人」中，但沒有其私密金鑰。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A certificate can only be completed where its request was made, because the private key never leaves that place. Either the request was made on another server or in another store, or its pending key was lost (deleted, or the server was reinstalled).</source>
        <translation>憑證只能在提出憑證要求的地方完成，因為私密金鑰從不離開該處。可能是憑證要求在另一部伺服器或另一個存放區中提出，或其擱置的金鑰已遺失（被刪除，或伺服器已重新安裝）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>What you can do:
  - If you have a PFX backup that holds this certificate's private key, import it.
  - Otherwise create a new request and ask the CA to re-issue the certificate for it (usually free, but the CA's checks can take days).</source>
        <translation>您可以：
  - 如果您有含此憑證私密金鑰的 PFX 備份，請匯入它。
  - 否則，請建立新的憑證要求，並請 CA 為其重新簽發憑證（通常免費，但 CA 的審核可能需要數天）。</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+157" />
        <source>Nothing was changed.</source>
        <translation>未做任何變更。</translation>
    </message>
    <message>
        <location line="-155" />
        <source>certificate %1, public key id %2</source>
        <translation>憑證 %1，公開金鑰 ID %2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This is a PFX file, a backup that already holds a certificate with its private key: import it instead. Nothing was changed.</source>
        <translation>這是 PFX 檔案，是已含憑證及其私密金鑰的備份：請改為匯入它。未做任何變更。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This file is a certificate request (CSR): what you send to the CA, not what it sends back. Choose the certificate file the CA sent (often server.cer, or a .crt file). Nothing was changed.</source>
        <translation>此檔案是憑證要求（CSR）：是您傳送給 CA 的檔案，而不是 CA 寄回的檔案。請選擇 CA 寄來的憑證檔案（通常是 server.cer 或 .crt 檔案）。未做任何變更。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file holds no certificate. Choose the certificate file the CA sent (often server.cer, or a .crt file). Nothing was changed.</source>
        <translation>此檔案不含任何憑證。請選擇 CA 寄來的憑證檔案（通常是 server.cer 或 .crt 檔案）。未做任何變更。</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>A friendly name can have at most %n characters.</source>
        <translation>
            <numerusform>好記的名稱最多只能有 %n 個字元。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>A friendly name cannot contain control or invisible formatting characters.</source>
        <translation>好記的名稱不能包含控制字元或不可見的格式字元。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Choose the certificate file the CA sent.</source>
        <translation>請選擇 CA 寄來的憑證檔案。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1: %2 Nothing was changed.</source>
        <translation>%1：%2 未做任何變更。</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The response holds no certificate. Choose the certificate file the CA sent.</source>
        <translation>回應中不含任何憑證。請選擇 CA 寄來的憑證檔案。</translation>
    </message>
    <message numerus="yes">
        <location line="+36" />
        <source>The files hold certificates for %n different pending requests (%1). Complete them one at a time. Nothing was changed.</source>
        <translation>
            <numerusform>這些檔案包含 %n 個不同擱置要求的憑證（%1）。請一次完成一個。未做任何變更。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18" />
        <source>The files hold only CA certificates (%1), no server certificate. Choose the server certificate the CA sent too (often server.cer). Nothing was changed.</source>
        <translation>這些檔案只包含 CA 憑證（%1），沒有伺服器憑證。請一併選擇 CA 寄來的伺服器憑證（通常是 server.cer）。未做任何變更。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>This certificate was completed already: %1 is in Personal with its private key.</source>
        <translation>此憑證已完成：%1 已連同其私密金鑰位於「個人」中。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This certificate was completed already: %1 is in Personal as "%2", with its private key.</source>
        <translation>此憑證已完成：%1 已以「%2」為名，連同其私密金鑰位於「個人」中。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A pending request for the same key is still listed; you can delete it.</source>
        <translation>相同金鑰的擱置要求仍在清單中；您可以將其刪除。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The private key for %1 cannot be read: %2 Nothing was changed.</source>
        <translation>無法讀取 %1 的私密金鑰：%2 未做任何變更。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The stored private key does not match %1 although its public key id does; the key file may be damaged. Nothing was changed.</source>
        <translation>儲存的私密金鑰與 %1 不相符，儘管其公開金鑰 ID 相符；金鑰檔可能已損毀。未做任何變更。</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The request was not completed: %1</source>
        <translation>未完成憑證要求：%1</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Certificate: %1, issued by %2, valid until %3.</source>
        <translation>憑證：%1，簽發者 %2，有效期到 %3。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Private key: the one already in Personal with the earlier certificate %1 (a re-issue).</source>
        <translation>私密金鑰：已在「個人」中、屬於先前憑證 %1 的金鑰（重新簽發）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Private key: from the pending request %1.</source>
        <translation>私密金鑰：來自擱置的要求 %1。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Moved into Personal with its private key.</source>
        <translation>已連同其私密金鑰移入「個人」。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Goes into Personal with its private key.</source>
        <translation>將連同其私密金鑰移入「個人」。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Friendly name: %1</source>
        <translation>好記的名稱：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Added to Intermediate Certification Authorities: %1</source>
        <translation>已新增至中繼憑證授權單位：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Will be added to Intermediate Certification Authorities: %1</source>
        <translation>將新增至中繼憑證授權單位：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Already installed: %1</source>
        <translation>已安裝：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Root already trusted: %1</source>
        <translation>根憑證已受信任：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Root not installed: %1 (SHA-256 %2). Trusting a root is your decision: compare this fingerprint with the CA's, then import the root into Trusted Root Certification Authorities.</source>
        <translation>根憑證未安裝：%1（SHA-256 %2）。是否信任根憑證由您決定：請將此指紋與 CA 的指紋比對，然後將根憑證匯入信任的根憑證授權單位。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not used (for other keys): %1</source>
        <translation>未使用（屬於其他金鑰）：%1</translation>
    </message>
</context>
<context>
    <name>ConfigFileBinder</name>
    <message>
        <location filename="../../platform/binding/ConfigFileBinder.cpp" line="+110" />
        <source>A binding needs a certificate and its private key.</source>
        <translation>繫結需要憑證及其私密金鑰。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The private key does not belong to %1, so the server would refuse it. Bind the certificate with its own key.</source>
        <translation>私密金鑰不屬於 %1，因此伺服器會拒絕它。請以憑證自己的金鑰繫結憑證。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The port must be a number from 1 to 65535.</source>
        <translation>連接埠必須是 1 到 65535 之間的數字。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The site's current files (%1) stay where they are, untouched.</source>
        <translation>站台目前的檔案（%1）保留在原處，不會變動。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 changed since the preview was made. Nothing was changed; review the binding again.</source>
        <translation>%1 在產生預覽後已變更。未做任何變更；請重新檢閱繫結。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1 serves the new certificate (%2).</source>
        <translation>%1 提供新的憑證（%2）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The live site was not checked.</source>
        <translation>未檢查線上站台。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1 cannot be read.</source>
        <translation>無法讀取 %1。</translation>
    </message>
    <message>
        <location line="+47" />
        <source>The server's configuration test (%1) failed:
%2%3</source>
        <translation>伺服器的設定測試（%1）失敗：
%2%3</translation>
    </message>
    <message>
        <location line="+10" />
        <source>%1 cannot be read back.</source>
        <translation>無法讀回 %1。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The key file %1 does not belong to the certificate; the server would refuse it.</source>
        <translation>金鑰檔 %1 不屬於該憑證；伺服器會拒絕它。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 does not hold the certificate after writing it.</source>
        <translation>寫入後，%1 不含該憑證。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Reloading the server (%1) failed:
%2</source>
        <translation>重新載入伺服器（%1）失敗：
%2</translation>
    </message>
    <message>
        <location line="+23" />
        <source>After the reload, %1 could not be checked: %2</source>
        <translation>重新載入後，無法檢查 %1：%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>After the reload, %1 still serves another certificate (%2, SHA-1 %3), not the new one. The reload may not have reached the server that answers there, or the configuration test and reload commands manage another server.</source>
        <translation>重新載入後，%1 仍提供另一個憑證（%2，SHA-1 %3），而不是新的憑證。重新載入可能未作用到在該處回應的伺服器，或設定測試和重新載入命令管理的是另一部伺服器。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The previous files and configuration were restored and the server was reloaded with them.</source>
        <translation>已還原先前的檔案和設定，並以其重新載入伺服器。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The previous files and configuration were restored, but reloading the server failed: %1</source>
        <translation>已還原先前的檔案和設定，但重新載入伺服器失敗：%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The previous files and configuration were restored; the server never loaded the change, so it was not reloaded.</source>
        <translation>已還原先前的檔案和設定；伺服器從未載入該變更，因此未重新載入。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Binding failed at "%1". %2

%3</source>
        <translation>繫結在「%1」步驟失敗。%2

%3</translation>
    </message>
</context>
<context>
    <name>Conversions</name>
    <message>
        <location filename="../../model/pfx/Conversions.cpp" line="+27" />
        <source>The private key is encrypted: give its password.</source>
        <translation>私密金鑰已加密：請提供其密碼。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The file %1 does not exist.</source>
        <translation>檔案 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is too large to be a certificate file.</source>
        <translation>%1 太大，不可能是憑證檔案。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 cannot be read.</source>
        <translation>無法讀取 %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+88" />
        <source>The input holds %n private keys; convert one at a time.</source>
        <translation>
            <numerusform>輸入包含 %n 個私密金鑰；請一次轉換一個。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>The private key belongs to none of the certificates.</source>
        <translation>私密金鑰不屬於任何憑證。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The input holds no certificate and no key.</source>
        <translation>輸入不含任何憑證或金鑰。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Give a password for the private key, or choose to write it unencrypted.</source>
        <translation>請提供私密金鑰的密碼，或選擇以未加密方式寫入。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>PEM bundle</source>
        <translation>PEM 套件</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>A DER file holds exactly one certificate; the input holds %n certificate(s)%1. Convert to PEM, or export a .p7b bundle, instead.</source>
        <translation>
            <numerusform>DER 檔案只能包含一個憑證；輸入包含 %n 個憑證%1。請改為轉換成 PEM，或匯出 .p7b 套件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source> and a private key</source>
        <translation>及一個私密金鑰</translation>
    </message>
    <message>
        <location line="+1" />
        <source>certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A PFX file needs the private key: give the key file with --key.</source>
        <translation>PFX 檔案需要私密金鑰：請以 --key 提供金鑰檔。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A PFX file needs the certificate that belongs to the key.</source>
        <translation>PFX 檔案需要屬於該金鑰的憑證。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>PFX</source>
        <translation>PFX</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Unknown conversion.</source>
        <translation>未知的轉換。</translation>
    </message>
</context>
<context>
    <name>CreateRequest</name>
    <message>
        <location filename="../../model/request/CreateRequest.cpp" line="+22" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The new request does not verify with its own key, so it was not kept. Try again; if it fails again, report a bug.</source>
        <translation>新的憑證要求無法以其自己的金鑰驗證，因此未保留。請再試一次；若再次失敗，請回報錯誤。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The request was not created, because its private key could not be kept in the store: %1</source>
        <translation>未建立憑證要求，因為無法將其私密金鑰保存在存放區中：%1</translation>
    </message>
</context>
<context>
    <name>CsrBuilder</name>
    <message>
        <location filename="../../model/CsrBuilder.cpp" line="+29" />
        <source>The request could not be created: %1</source>
        <translation>無法建立憑證要求：%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>no key</source>
        <translation>沒有金鑰</translation>
    </message>
    <message>
        <location line="+12" />
        <source>subject field %1</source>
        <translation>主體欄位 %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>public key</source>
        <translation>公開金鑰</translation>
    </message>
    <message>
        <location line="+16" />
        <source>extensions</source>
        <translation>延伸</translation>
    </message>
    <message>
        <location line="+5" />
        <source>unknown hash %1</source>
        <translation>未知的雜湊 %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>signature</source>
        <translation>簽章</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <location filename="../../ui/DeleteCommand.cpp" line="+22" />
        <source>Delete the request for “%1”?</source>
        <translation>要刪除「%1」的憑證要求嗎？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete “%1” from %2?</source>
        <translation>要從 %2 刪除「%1」嗎？</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Its pending private key goes with it: the certificate the CA issues for this request cannot be completed without it.</source>
        <translation>其擱置的私密金鑰也會一併刪除：沒有它，就無法完成 CA 為此憑證要求所簽發的憑證。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This certificate has a private key, and the key is deleted with it. Without the key no server can use the certificate; if there is no backup (PFX), the only cure is a new request and a re-issue by the CA.</source>
        <translation>此憑證有私密金鑰，該金鑰會一併刪除。沒有金鑰，任何伺服器都無法使用此憑證；如果沒有備份（PFX），唯一的補救方法是建立新的憑證要求並請 CA 重新簽發。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Certificates issued under this root will no longer be trusted.</source>
        <translation>在此根憑證下簽發的憑證將不再受信任。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Certificates issued by this CA may no longer verify.</source>
        <translation>此 CA 簽發的憑證可能無法再通過驗證。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It is moved to the store's trash and can be restored from View &gt; Show Trash.</source>
        <translation>它會移到存放區的資源回收筒，可從「檢視 &gt; 顯示資源回收筒」還原。</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+13" />
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location line="-12" />
        <source>Move to Trash</source>
        <translation>移到資源回收筒</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <location filename="../../model/DemoData.cpp" line="+112" />
        <source>Example web site 2026</source>
        <translation>範例網站 2026</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mail server</source>
        <translation>郵件伺服器</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Old site (expired)</source>
        <translation>舊站台（已過期）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shop</source>
        <translation>商店</translation>
    </message>
    <message>
        <location line="+2" />
        <source>API (key on another server)</source>
        <translation>API（金鑰在另一部伺服器上）</translation>
    </message>
</context>
<context>
    <name>DiagnosisReport</name>
    <message numerus="yes">
        <location filename="../../model/diagnostics/DiagnosisReport.cpp" line="+40" />
        <source>%n check(s) failed</source>
        <translation>
            <numerusform>%n 項檢查失敗</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>No check failed</source>
        <translation>沒有任何檢查失敗</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Every check passed</source>
        <translation>所有檢查都通過</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 項警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n passed</source>
        <translation>
            <numerusform>%n 項通過</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n 項不適用</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1; %2.</source>
        <translation>%1；%2。</translation>
    </message>
</context>
<context>
    <name>DiagnosisText</name>
    <message>
        <location filename="../../model/diagnostics/Diagnosis.cpp" line="+25" />
        <source>PASS</source>
        <translation>通過</translation>
    </message>
    <message>
        <location line="+2" />
        <source>WARN</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2" />
        <source>FAIL</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+4" />
        <source>N/A</source>
        <translation>不適用</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Passed</source>
        <translation>通過</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not applicable</source>
        <translation>不適用</translation>
    </message>
</context>
<context>
    <name>Diagnostician</name>
    <message>
        <location filename="../../model/diagnostics/Diagnostician.cpp" line="+21" />
        <source>No certificate with thumbprint %1 is in the store. It may have been deleted or moved: refresh the list and choose an installed certificate.</source>
        <translation>存放區中沒有指紋為 %1 的憑證。它可能已被刪除或移動：請重新整理清單，然後選擇已安裝的憑證。</translation>
    </message>
</context>
<context>
    <name>EndpointChecks</name>
    <message>
        <location filename="../../model/diagnostics/EndpointChecks.cpp" line="+22" />
        <location line="+60" />
        <source>Needs the live site: give its host name (and port) to check what it serves.</source>
        <translation>需要線上站台：請提供其主機名稱（和連接埠），以檢查它提供的內容。</translation>
    </message>
    <message>
        <location line="-56" />
        <location line="+58" />
        <location line="+96" />
        <source>The site was not checked.</source>
        <translation>未檢查站台。</translation>
    </message>
    <message>
        <location line="-149" />
        <source>%1 could not be checked (see "Site serves this certificate").</source>
        <translation>無法檢查 %1（請參閱「站台提供此憑證」）。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Serve the full chain: nginx ssl_certificate with fullchain.pem (the certificate, then the intermediates); Apache SSLCertificateFile with the chain appended, or SSLCertificateChainFile; IIS: install the intermediates in Intermediate Certification Authorities on the server and restart it. A binding made by CertPilot writes the full chain.</source>
        <translation>請提供完整憑證鏈：nginx 的 ssl_certificate 使用 fullchain.pem（先是憑證，再來是中繼憑證）；Apache 的 SSLCertificateFile 附加憑證鏈，或使用 SSLCertificateChainFile；IIS：將中繼憑證安裝到伺服器的「中繼憑證授權單位」，然後重新啟動伺服器。由 CertPilot 建立的繫結會寫入完整憑證鏈。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>TLS protocol version</source>
        <translation>TLS 通訊協定版本</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The protocol version was not reported.</source>
        <translation>未回報通訊協定版本。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 negotiated %2 although TLS 1.2 and 1.3 were offered: it supports only outdated protocols, which current browsers refuse.</source>
        <translation>雖然提供了 TLS 1.2 和 1.3，%1 仍協商使用 %2：它只支援過時的通訊協定，目前的瀏覽器會拒絕這些協定。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enable TLS 1.2 and 1.3 and disable the older versions: nginx ssl_protocols TLSv1.2 TLSv1.3; Apache SSLProtocol -all +TLSv1.2 +TLSv1.3; Windows: enable TLS 1.2 under SCHANNEL\Protocols and restart.</source>
        <translation>請啟用 TLS 1.2 和 1.3，並停用較舊的版本：nginx：ssl_protocols TLSv1.2 TLSv1.3;；Apache：SSLProtocol -all +TLSv1.2 +TLSv1.3；Windows：在 SCHANNEL\Protocols 下啟用 TLS 1.2，然後重新啟動。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 negotiated %2 (%3).</source>
        <translation>%1 協商使用 %2（%3）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Site serves this certificate</source>
        <translation>站台提供此憑證</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1 could not be checked: %2</source>
        <translation>無法檢查 %1：%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the host name and port, that the web server runs and listens for https there, and that no firewall blocks the port.</source>
        <translation>請檢查主機名稱和連接埠、網頁伺服器是否正在執行並在該處接聽 https，以及是否有防火牆封鎖此連接埠。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 sent no certificate.</source>
        <translation>%1 未傳送任何憑證。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bind this certificate to the site and reload the web server.</source>
        <translation>請將此憑證繫結到站台，然後重新載入網頁伺服器。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 serves this certificate (SHA-1 %2).</source>
        <translation>%1 提供此憑證（SHA-1 %2）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 serves a different certificate: %2, valid until %3, SHA-1 %4.</source>
        <translation>%1 提供的是另一個憑證：%2，有效期到 %3，SHA-1 %4。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>It has the same key as this one.</source>
        <translation>它與此憑證使用相同的金鑰。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>It is older than this one: the site still serves the previous certificate.</source>
        <translation>它比此憑證舊：站台仍在提供先前的憑證。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This certificate was bound to %1 on %2.</source>
        <translation>此憑證已於 %2 繫結到 %1。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>CertPilot recorded this site as bound to another certificate (SHA-1 %1).</source>
        <translation>CertPilot 記錄的是此站台繫結到另一個憑證（SHA-1 %1）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reload or restart the web server so it reads the new files. If several servers sit behind a load balancer, install and bind on each one; if a load balancer, CDN or web application firewall in front holds its own copy, upload the certificate there too; and make sure the host name points at the server you updated (ask the hosting provider if it is outsourced).</source>
        <translation>請重新載入或重新啟動網頁伺服器，讓它讀取新檔案。如果負載平衡器後方有多部伺服器，請在每一部上安裝並繫結；如果前端的負載平衡器、CDN 或 Web 應用程式防火牆保有自己的複本，也請將憑證上傳到那裡；並確認主機名稱指向您更新的伺服器（若為委外代管，請詢問代管業者）。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>HTTP.sys SSL binding (IIS)</source>
        <translation>HTTP.sys SSL 繫結（IIS）</translation>
    </message>
    <message>
        <location line="+17" />
        <source>HTTP.sys binding %1 has no certificate hash, so HTTPS on port %2 fails for the clients it answers.</source>
        <translation>HTTP.sys 繫結 %1 沒有憑證雜湊，因此它所回應的用戶端在連接埠 %2 上的 HTTPS 會失敗。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Bind the certificate again in IIS Manager (Edit Bindings), or delete the broken entry (netsh http delete sslcert) and add it with certhash=%1.</source>
        <translation>請在 IIS 管理員中重新繫結憑證（編輯繫結），或刪除損壞的項目（netsh http delete sslcert），再以 certhash=%1 重新加入。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>HTTP.sys binds this certificate at %1.</source>
        <translation>HTTP.sys 已在 %1 繫結此憑證。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>HTTP.sys has SSL bindings (%1), none of them with this certificate.</source>
        <translation>HTTP.sys 有 SSL 繫結（%1 個），但沒有一個使用此憑證。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>If a site should use it, bind it in IIS Manager (Edit Bindings &gt; https) or with Site &gt; Bind to Site, then give the site's host name here to check it.</source>
        <translation>如果某個站台應該使用它，請在 IIS 管理員中繫結（編輯繫結 &gt; https），或使用「站台 &gt; 繫結到站台」，然後在這裡輸入站台的主機名稱加以檢查。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Applies to IIS (HTTP.sys) on Windows: no IIS binding is recorded for this certificate or this site.</source>
        <translation>適用於 Windows 上的 IIS（HTTP.sys）：沒有記錄此憑證或此站台的 IIS 繫結。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give the site's host name to compare what HTTP.sys serves with the IIS binding.</source>
        <translation>請提供站台的主機名稱，以比對 HTTP.sys 提供的內容與 IIS 繫結。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>An IIS binding is recorded, but %1 could not be checked: %2</source>
        <translation>已記錄 IIS 繫結，但無法檢查 %1：%2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check that the HTTP.sys binding exists (netsh http show sslcert) and that no other process holds port %1 (netstat -ano).</source>
        <translation>請檢查 HTTP.sys 繫結是否存在（netsh http show sslcert），以及是否有其他程序佔用連接埠 %1（netstat -ano）。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>HTTP.sys serves the certificate bound in IIS.</source>
        <translation>HTTP.sys 提供的是 IIS 中繫結的憑證。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>An IIS binding of this certificate is recorded, but %1 serves another one (SHA-1 %2). An IP:port or 0.0.0.0:%3 binding takes precedence over the site's host-name (SNI) binding, or the binding has an empty certificate hash or an all-zero application ID.</source>
        <translation>已記錄此憑證的 IIS 繫結，但 %1 提供的是另一個憑證（SHA-1 %2）。原因是 IP:連接埠 或 0.0.0.0:%3 繫結的優先順序高於站台的主機名稱（SNI）繫結，或該繫結的憑證雜湊是空的或應用程式識別碼全為零。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run netsh http show sslcert. Delete the IP:port or 0.0.0.0:%1 entry that overrides the site (netsh http delete sslcert ipport=0.0.0.0:%1) or point it at certificate hash %2, then bind again. If another process holds port %1 (netstat -ano), stop it.</source>
        <translation>請執行 netsh http show sslcert。刪除蓋過此站台的 IP:連接埠 或 0.0.0.0:%1 項目（netsh http delete sslcert ipport=0.0.0.0:%1），或將它指向憑證雜湊 %2，然後重新繫結。如果有其他程序佔用連接埠 %1（netstat -ano），請將其停止。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Site serves the full chain</source>
        <translation>站台提供完整憑證鏈</translation>
    </message>
    <message>
        <location line="+4" />
        <source>What the site served was not analysed.</source>
        <translation>未分析站台提供的內容。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 sends only its own certificate (one certificate in openssl s_client -showcerts). Clients that do not have %2 cached, often phones, report an unknown issuer while desktop browsers work.</source>
        <translation>%1 只傳送自己的憑證（openssl s_client -showcerts 中只有一個憑證）。未快取 %2 的用戶端（常見於手機）會回報簽發者不明，而桌面瀏覽器則正常。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 sends its certificate but not the intermediate certificate(s) %2.</source>
        <translation>%1 傳送了自己的憑證，但未傳送中繼憑證 %2。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 does not send the issuer of its certificate (%2), and the store does not have it either.</source>
        <translation>%1 未傳送其憑證的簽發者（%2），而存放區中也沒有。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Import the intermediate certificates from your CA, add them to the served chain file after the certificate, and reload the server.</source>
        <translation>請匯入 CA 提供的中繼憑證，將它們加到所提供的憑證鏈檔案中、放在憑證之後，然後重新載入伺服器。</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 sends %n certificate(s): the chain is complete.</source>
        <translation>
            <numerusform>%1 傳送了 %n 個憑證：憑證鏈完整。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryLookup</name>
    <message>
        <location filename="../../app/cli/EntryLookup.cpp" line="+21" />
        <source>Give at least 8 digits of the thumbprint (see `certpilot-cli list`).</source>
        <translation>請至少提供指紋的 8 位數（請參閱 `certpilot-cli list`）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No certificate or request with thumbprint %1 is in the store.</source>
        <translation>存放區中沒有指紋為 %1 的憑證或憑證要求。</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%1 matches %n items; give more digits.</source>
        <translation>
            <numerusform>%1 符合 %n 個項目；請提供更多位數。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportFileWriter</name>
    <message>
        <location filename="../../model/pfx/ExportFileWriter.cpp" line="+24" />
        <source>There is no space left to write %1. Free some disk space and export again.</source>
        <translation>沒有空間可寫入 %1。請釋放一些磁碟空間後再匯出一次。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>You are not allowed to write %1. Choose another folder.</source>
        <translation>您沒有寫入 %1 的權限。請選擇其他資料夾。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 could not be written.</source>
        <translation>無法寫入 %1。</translation>
    </message>
    <message>
        <location line="+31" />
        <source>%1 already exists. Choose another name or folder; nothing was written.</source>
        <translation>%1 已存在。請選擇其他名稱或資料夾；未寫入任何內容。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The folder %1 does not exist.</source>
        <translation>資料夾 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>ExportFormatText</name>
    <message>
        <location filename="../../model/pfx/ExportRequest.cpp" line="+53" />
        <source>Personal Information Exchange - PKCS #12 (.pfx), with the private key</source>
        <translation>個人資訊交換 - PKCS #12 (.pfx)，含私密金鑰</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Certificate only, DER encoded binary X.509 (.cer)</source>
        <translation>僅憑證，DER 編碼二進位 X.509 (.cer)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Certificate only, Base-64 encoded X.509 (.cer)</source>
        <translation>僅憑證，Base-64 編碼 X.509 (.cer)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Cryptographic Message Syntax Standard - PKCS #7 (.p7b), certificate and chain</source>
        <translation>密碼編譯訊息語法標準 - PKCS #7 (.p7b)，憑證和憑證鏈</translation>
    </message>
    <message>
        <location line="+2" />
        <source>nginx: fullchain.pem and privkey.pem</source>
        <translation>nginx：fullchain.pem 和 privkey.pem</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Apache: cert.pem, chain.pem and privkey.pem</source>
        <translation>Apache：cert.pem、chain.pem 和 privkey.pem</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Private key only, PKCS #8 (.key)</source>
        <translation>僅私密金鑰，PKCS #8 (.key)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>A password-protected backup of the certificate and its private key, which Windows (IIS), Java and other servers import.</source>
        <translation>受密碼保護的憑證及其私密金鑰備份，可匯入 Windows（IIS）、Java 和其他伺服器。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The public certificate alone, to hand to others. It contains no secret.</source>
        <translation>僅公開的憑證本身，可交給他人。不含任何機密。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The certificate and the CA certificates of its chain in one file, no private key.</source>
        <translation>憑證及其憑證鏈中的 CA 憑證，合為一個檔案，不含私密金鑰。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>For ssl_certificate (the certificate followed by its intermediates, no root) and ssl_certificate_key.</source>
        <translation>供 ssl_certificate（憑證後接其中繼憑證，不含根憑證）和 ssl_certificate_key 使用。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>For SSLCertificateFile, SSLCertificateChainFile and SSLCertificateKeyFile.</source>
        <translation>供 SSLCertificateFile、SSLCertificateChainFile 和 SSLCertificateKeyFile 使用。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The private key alone, encrypted with a password unless you choose otherwise.</source>
        <translation>僅私密金鑰，除非您另行選擇，否則會以密碼加密。</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../../model/pfx/ExportJob.cpp" line="+57" />
        <source>%1 was written, but reading it back failed: %2</source>
        <translation>已寫入 %1，但讀回失敗：%2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 was written, but it does not hold what was asked for.</source>
        <translation>已寫入 %1，但其內容與要求的不符。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 opens with the password. It holds the private key (%2), which matches the certificate, and the certificates %3.</source>
        <translation>%1 可用該密碼開啟。其中包含與憑證相符的私密金鑰（%2），以及憑證 %3。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 cannot be read back.</source>
        <translation>無法讀回 %1。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 was written, but the key in it cannot be read back.</source>
        <translation>已寫入 %1，但無法讀回其中的金鑰。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1: the private key (%2), %3; it matches the certificate.</source>
        <translation>%1：私密金鑰（%2），%3；與憑證相符。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>encrypted with the password</source>
        <translation>已使用密碼加密</translation>
    </message>
    <message>
        <location line="+1" />
        <source>NOT encrypted, readable only by you</source>
        <translation>未加密，僅您可讀取</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 was written, but it cannot be read back.</source>
        <translation>已寫入 %1，但無法讀回。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 holds the certificate %2.</source>
        <translation>%1 包含憑證 %2。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 holds the certificates %2.</source>
        <translation>%1 包含憑證 %2。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The export was cancelled; nothing was written.</source>
        <translation>已取消匯出；未寫入任何內容。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The chain is incomplete: the issuer "%1" is not in the store, so it is not in the export. Import the CA's intermediate certificates and export again.</source>
        <translation>憑證鏈不完整：簽發者「%1」不在存放區中，因此未包含在匯出中。請匯入 CA 的中繼憑證後再匯出一次。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The private key file is not encrypted. It is readable only by you (0600); keep it that way.</source>
        <translation>私密金鑰檔未加密。只有您可以讀取（0600）；請保持如此。</translation>
    </message>
</context>
<context>
    <name>FileDecoder</name>
    <message>
        <location filename="../../model/FileDecoder.cpp" line="+113" />
        <source>A certificate in the file is damaged.</source>
        <translation>檔案中有一個憑證已損毀。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The PKCS#7 bundle in the file is damaged.</source>
        <translation>檔案中的 PKCS#7 套件已損毀。</translation>
    </message>
    <message>
        <location line="+50" />
        <source>The file contains a damaged PEM block (the Base64 text between -----BEGIN and -----END is incomplete or altered). Copy the whole block again, including the BEGIN and END lines.</source>
        <translation>檔案包含損毀的 PEM 區塊（-----BEGIN 和 -----END 之間的 Base64 文字不完整或已被更改）。請重新複製整個區塊，包括 BEGIN 和 END 行。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The file holds more than %1 items; CertPilot stops there to stay responsive. Split the file into smaller bundles.</source>
        <translation>檔案包含超過 %1 個項目；CertPilot 會在此停止以維持回應速度。請將檔案分割成較小的套件。</translation>
    </message>
    <message>
        <location line="+87" />
        <source>This is not a certificate file: it is neither PEM text (-----BEGIN CERTIFICATE-----) nor a binary DER certificate, PKCS#7 bundle, request or key. Check that you chose the file your CA sent.</source>
        <translation>這不是憑證檔案：它既不是 PEM 文字（-----BEGIN CERTIFICATE-----），也不是二進位 DER 憑證、PKCS#7 套件、憑證要求或金鑰。請確認您選擇的是 CA 寄來的檔案。</translation>
    </message>
    <message>
        <location line="+35" />
        <source>The file ends early: it starts like a binary (DER) certificate, bundle or key file, but the rest is missing. Download or copy the file again, or ask the sender for a new copy.</source>
        <translation>檔案提早結束：開頭看起來像二進位（DER）憑證、套件或金鑰檔案，但其餘部分遺失。請重新下載或複製檔案，或請傳送者提供新的複本。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The file %1 does not exist.</source>
        <translation>檔案 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is a folder, not a certificate file.</source>
        <translation>%1 是資料夾，不是憑證檔案。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The file %1 is %2 MB. Certificate files are a few kilobytes; CertPilot does not read files over %3 MB. Check that you chose the right file.</source>
        <translation>檔案 %1 大小為 %2 MB。憑證檔案只有幾 KB；CertPilot 不會讀取超過 %3 MB 的檔案。請確認您選擇了正確的檔案。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The file %1 cannot be read: %2</source>
        <translation>無法讀取檔案 %1：%2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file %1 is too large.</source>
        <translation>檔案 %1 太大。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The data is too large to be a certificate file.</source>
        <translation>資料太大，不可能是憑證檔案。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The file is empty. Save the certificate again or ask the sender for a new copy.</source>
        <translation>檔案是空的。請重新儲存憑證，或向寄件者索取新的複本。</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <location filename="../../ui/FileDialog.cpp" line="+29" />
        <source>Import Certificates</source>
        <translation>匯入憑證</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Certificates, keys and CA archives (*.cer *.crt *.pem *.der *.p7b *.p7c *.key *.zip)</source>
        <translation>憑證、金鑰和 CA 封存檔 (*.cer *.crt *.pem *.der *.p7b *.p7c *.key *.zip)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>FileJournal</name>
    <message>
        <location filename="../../platform/binding/FileJournal.cpp" line="+67" />
        <source>cannot create the folder</source>
        <translation>無法建立資料夾</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is not a folder.</source>
        <translation>%1 不是資料夾。</translation>
    </message>
    <message>
        <location line="+48" />
        <source>%1: the folder is not empty or cannot be removed</source>
        <translation>%1：資料夾不是空的或無法移除</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: cannot be removed</source>
        <translation>%1：無法移除</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Some files could not be put back. Restore them by hand:
%1</source>
        <translation>部分檔案無法放回。請手動還原：
%1</translation>
    </message>
</context>
<context>
    <name>IisBinder</name>
    <message>
        <location filename="../../platform/windows/IisBinder.cpp" line="+56" />
        <source>Reading the HTTP.sys SSL bindings</source>
        <translation>正在讀取 HTTP.sys SSL 繫結</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Choose an HTTP.sys endpoint: an IP address and port (0.0.0.0:443) or a host name and port (www.example.com:443).</source>
        <translation>請選擇 HTTP.sys 端點：IP 位址和連接埠（0.0.0.0:443）或主機名稱和連接埠（www.example.com:443）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>There is no certificate to bind.</source>
        <translation>沒有要繫結的憑證。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The private key does not belong to this certificate.</source>
        <translation>私密金鑰不屬於此憑證。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Opening Personal (MY)</source>
        <translation>正在開啟「個人」（MY）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>HTTP.sys takes certificates from the Local Computer's Personal store, and this one is not there. Import it (with its private key) into Personal first.</source>
        <translation>HTTP.sys 從本機電腦的「個人」存放區取得憑證，而此憑證不在其中。請先將它（連同私密金鑰）匯入「個人」。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The certificate in Personal has no private key, so HTTP.sys cannot use it. Complete the request on this computer, or import the PFX that has the key.</source>
        <translation>「個人」中的憑證沒有私密金鑰，因此 HTTP.sys 無法使用它。請在這部電腦上完成憑證要求，或匯入含有金鑰的 PFX。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>read the binding back from HTTP.sys</source>
        <translation>從 HTTP.sys 讀回繫結</translation>
    </message>
    <message>
        <location line="+1" />
        <source>none: HTTP.sys uses a new binding at once</source>
        <translation>無：HTTP.sys 會立即使用新繫結</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Replaces the HTTP.sys binding %1, which used certificate %2.</source>
        <translation>取代 HTTP.sys 繫結 %1（原本使用憑證 %2）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Adds the HTTP.sys binding %1.</source>
        <translation>新增 HTTP.sys 繫結 %1。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The intermediate %1 is not in Intermediate Certification Authorities, so HTTP.sys cannot send it. Import it there first.</source>
        <translation>中繼憑證 %1 不在中繼憑證授權單位中，因此 HTTP.sys 無法傳送它。請先將它匯入該處。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Removing the new binding</source>
        <translation>正在移除新繫結</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Putting the old binding back</source>
        <translation>正在放回舊繫結</translation>
    </message>
    <message>
        <location line="+13" />
        <source>This plan was not made for IIS.</source>
        <translation>此計畫不是為 IIS 建立的。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The previous binding is back.</source>
        <translation>先前的繫結已恢復。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The previous binding was put back.</source>
        <translation>已放回先前的繫結。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The previous binding could not be put back: %1</source>
        <translation>無法放回先前的繫結：%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>HTTP.sys takes the certificate from the store.</source>
        <translation>HTTP.sys 會從存放區取得憑證。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The HTTP.sys binding changed since the preview. Nothing was changed; plan the binding again.</source>
        <translation>HTTP.sys 繫結在預覽後已變更。未做任何變更；請重新規劃繫結。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Removing the old binding</source>
        <translation>正在移除舊繫結</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Adding the binding</source>
        <translation>正在新增繫結</translation>
    </message>
    <message>
        <location line="+10" />
        <source>HTTP.sys accepted the binding but does not list it afterwards.</source>
        <translation>HTTP.sys 接受了繫結，但之後並未列出。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>HTTP.sys uses the new binding at once.</source>
        <translation>HTTP.sys 會立即使用新繫結。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 still serves another certificate (%2). Is another binding answering first?</source>
        <translation>%1 仍提供另一個憑證（%2）。是否有其他繫結先回應？</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 serves the new certificate (%2).</source>
        <translation>%1 提供新的憑證（%2）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The live site was not checked.</source>
        <translation>未檢查線上站台。</translation>
    </message>
</context>
<context>
    <name>IisSiteMapping</name>
    <message>
        <location filename="../../platform/windows/IisSiteMapping.cpp" line="+75" />
        <source>HTTP.sys binding %1 has no certificate hash, so HTTPS on it fails. Bind a certificate to it, or delete it (netsh http delete sslcert).</source>
        <translation>HTTP.sys 繫結 %1 沒有憑證雜湊，因此其上的 HTTPS 會失敗。請為它繫結憑證，或將其刪除（netsh http delete sslcert）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>HTTP.sys binding %1 has a certificate hash that is not a SHA-1 thumbprint. Bind the certificate again.</source>
        <translation>HTTP.sys 繫結 %1 的憑證雜湊不是 SHA-1 指紋。請重新繫結憑證。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>HTTP.sys binding %1 has an all-zero application id, left by a broken tool. Bind it again so it carries IIS' application id.</source>
        <translation>HTTP.sys 繫結 %1 的應用程式 ID 全為零，是損壞的工具所留下的。請重新繫結，讓它帶有 IIS 的應用程式 ID。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>HTTP.sys binding %1 answers on every address of its port, so clients without SNI (and some tools) get its certificate instead of the one bound to %2. Give it the same certificate, or delete it if the port should serve host names only.</source>
        <translation>HTTP.sys 繫結 %1 會在其連接埠的所有位址上回應，因此不支援 SNI 的用戶端（及部分工具）會取得它的憑證，而不是繫結到 %2 的憑證。請為它指定相同的憑證，若該連接埠只應服務主機名稱，則將其刪除。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>HTTP.sys binding %1 names a certificate that is not in the store, so HTTPS on it fails. Bind an installed certificate to it.</source>
        <translation>HTTP.sys 繫結 %1 指定的憑證不在存放區中，因此其上的 HTTPS 會失敗。請為它繫結已安裝的憑證。</translation>
    </message>
</context>
<context>
    <name>ImportLibraryContext</name>
    <message>
        <location filename="../../model/pfx/ImportLibraryContext.cpp" line="+49" />
        <source>The file is protected with %1, an old algorithm that CertPilot reads through OpenSSL's "legacy" module, and that module (legacy.so) is not installed on this computer. Install the OpenSSL package that contains it (on Debian: libssl3), or export the certificate again with AES or TripleDES encryption.</source>
        <translation>此檔案以 %1 保護，這是一種舊演算法，CertPilot 需透過 OpenSSL 的「legacy」模組讀取，但這部電腦未安裝該模組（legacy.so）。請安裝包含它的 OpenSSL 套件（Debian 上為 libssl3），或以 AES 或 TripleDES 加密重新匯出憑證。</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <location filename="../../model/import/ImportSource.cpp" line="+27" />
        <source>%1 is too large for a certificate archive; nothing was imported.</source>
        <translation>%1 太大，不可能是憑證封存檔；未匯入任何項目。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>An archive inside the archive is not opened. Extract it and import its files.</source>
        <translation>不會開啟封存檔中的封存檔。請將其解壓縮後匯入其中的檔案。</translation>
    </message>
    <message>
        <location filename="../../model/ImportPlan.cpp" line="+58" />
        <source>Root CA</source>
        <translation>根 CA</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Intermediate CA</source>
        <translation>中繼 CA</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Server certificate</source>
        <translation>伺服器憑證</translation>
    </message>
    <message>
        <location line="+29" />
        <source>This is a PFX (PKCS#12) file, a backup with a private key that needs its password. Extract it from the archive and use PFX import for it.</source>
        <translation>這是 PFX（PKCS#12）檔案，是含私密金鑰且需要密碼的備份。請從封存檔中解壓縮出來，並使用 PFX 匯入。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This is a PFX (PKCS#12) file, which needs its password. Use PFX import for it.</source>
        <translation>這是 PFX（PKCS#12）檔案，需要密碼。請使用 PFX 匯入。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Certificate requests are not imported: send the request to your CA, then import the certificate it returns.</source>
        <translation>不匯入憑證要求：請將憑證要求傳送給 CA，然後匯入其傳回的憑證。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This private key is protected by a password and was not imported. Import it as a PFX file instead.</source>
        <translation>此私密金鑰受密碼保護，因此未匯入。請改為以 PFX 檔案匯入。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>This file holds no certificate.</source>
        <translation>此檔案不含任何憑證。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Completes the pending request made in this store: moves into Personal with its private key.</source>
        <translation>完成在此存放區中建立的擱置要求：連同其私密金鑰移入「個人」。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No private key for it is in this import or pending in this store: it goes into Personal without one. Import its PFX backup, or use it only where its key is.</source>
        <translation>此匯入中沒有它的私密金鑰，此存放區中也沒有擱置的金鑰：它會在沒有私密金鑰的情況下放入「個人」。請匯入其 PFX 備份，或只在有其金鑰的地方使用它。</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Appears more than once in this import.</source>
        <translation>在此匯入中出現多次。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Already in %1.</source>
        <translation>已在 %1 中。</translation>
    </message>
    <message>
        <location line="+45" />
        <source>This private key is already in the store or earlier in this import, so it was not imported again.</source>
        <translation>此私密金鑰已在存放區中或已在此匯入的前面出現，因此不會再次匯入。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This private key belongs to no certificate in this import or in Personal, so it was not imported. Import it together with its certificate.</source>
        <translation>此私密金鑰不屬於此匯入或「個人」中的任何憑證，因此未匯入。請將它與其憑證一起匯入。</translation>
    </message>
    <message>
        <location line="+84" />
        <source>Not installed: you did not confirm that you trust this root.</source>
        <translation>未安裝：您未確認信任此根憑證。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Its root, %1, is not installed because you did not trust it, so its path ends below the root until you install it.</source>
        <translation>其根憑證 %1 因您未信任而未安裝，因此在您安裝它之前，其路徑會終止於根憑證之下。</translation>
    </message>
    <message>
        <location line="+86" />
        <source>expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <location line="+2" />
        <source>not yet valid</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <location line="+2" />
        <source>cross-signed</source>
        <translation>交互簽署</translation>
    </message>
    <message>
        <location line="+2" />
        <source>already installed</source>
        <translation>已安裝</translation>
    </message>
    <message>
        <location line="+2" />
        <source>duplicate in this import</source>
        <translation>在此匯入中重複</translation>
    </message>
    <message>
        <location line="+2" />
        <source>role chosen by you</source>
        <translation>由您選擇的角色</translation>
    </message>
    <message>
        <location line="+2" />
        <source>self-signed, not trusted</source>
        <translation>自我簽署，不受信任</translation>
    </message>
    <message>
        <location line="+2" />
        <source>completes a pending request</source>
        <translation>完成擱置的要求</translation>
    </message>
    <message>
        <location line="+2" />
        <source>no private key</source>
        <translation>沒有私密金鑰</translation>
    </message>
</context>
<context>
    <name>InstallationCheck</name>
    <message>
        <location filename="../../model/import/InstallationCheck.cpp" line="+20" />
        <source>Validity dates</source>
        <translation>有效日期</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not valid yet: it starts on %1. If it was just issued, wait; otherwise check this computer's clock.</source>
        <translation>尚未生效：開始日期為 %1。如果剛簽發，請稍候；否則請檢查這部電腦的時鐘。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Expired on %1. Renew the certificate, or check the computer's clock if the date looks wrong.</source>
        <translation>已於 %1 過期。請更新憑證；如果日期看起來不對，請檢查電腦的時鐘。</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Valid from %1 to %2, but only %n day(s) left: renew it now.</source>
        <translation>
            <numerusform>有效期自 %1 到 %2，但只剩 %n 天：請立即更新。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Valid from %1 to %2 (%n days left).</source>
        <translation>
            <numerusform>有效期自 %1 到 %2（剩餘 %n 天）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Private key</source>
        <translation>私密金鑰</translation>
    </message>
    <message>
        <location line="+3" />
        <source>There is no private key for this certificate, so no server can use it. The request was completed elsewhere or its pending key was lost: import the PFX backup that holds the key, or create a new request and ask the CA to re-issue the certificate.</source>
        <translation>此憑證沒有私密金鑰，因此任何伺服器都無法使用它。憑證要求是在其他地方完成的，或其擱置的金鑰已遺失：請匯入含有金鑰的 PFX 備份，或建立新的憑證要求並請 CA 重新簽發憑證。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The private key is listed but cannot be read: %1</source>
        <translation>私密金鑰已列出但無法讀取：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The private key stored with this certificate does not match it. Import the right key (from the original PFX backup) or request a new certificate.</source>
        <translation>與此憑證一起儲存的私密金鑰與其不相符。請匯入正確的金鑰（來自原始的 PFX 備份），或要求新的憑證。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>You have a private key that corresponds to this certificate.</source>
        <translation>您有一個對應到這個憑證的私密金鑰。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Certification path</source>
        <translation>憑證路徑</translation>
    </message>
    <message>
        <location line="+4" />
        <source>(missing)</source>
        <translation>（缺少）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Incomplete: issuer not found: %1. Install the intermediate certificate from your CA.</source>
        <translation>不完整：找不到簽發者：%1。請安裝 CA 提供的中繼憑證。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Not trusted (%1): %2</source>
        <translation>不受信任（%1）：%2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The certificate is itself a trusted root (self-signed). Browsers elsewhere will not trust it; use a certificate issued by a CA.</source>
        <translation>此憑證本身是受信任的根憑證（自我簽署）。其他地方的瀏覽器不會信任它；請使用由 CA 簽發的憑證。</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Complete to a trusted root, %n levels: %1. This certificate is OK.</source>
        <translation>
            <numerusform>完整連結到受信任的根憑證，共 %n 層：%1。此憑證沒有問題。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>Server authentication</source>
        <translation>伺服器驗證</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The certificate has no Extended Key Usage. Most clients accept that, but some require Server Authentication; CAs include it.</source>
        <translation>此憑證沒有增強金鑰使用方式。大部分用戶端接受這種情況，但有些要求伺服器驗證；CA 都會包含此項目。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Valid for Server Authentication (Extended Key Usage).</source>
        <translation>適用於伺服器驗證（增強金鑰使用方式）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Only "any purpose" in its Extended Key Usage; browsers expect Server Authentication.</source>
        <translation>其增強金鑰使用方式中只有「任何用途」；瀏覽器預期的是伺服器驗證。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Not valid for Server Authentication (its Extended Key Usage is: %1). Ask your CA for a TLS server certificate.</source>
        <translation>不適用於伺服器驗證（其增強金鑰使用方式為：%1）。請向 CA 申請 TLS 伺服器憑證。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Key strength</source>
        <translation>金鑰強度</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 is too weak (at least %2 bits are needed). Create a new request with a stronger key.</source>
        <translation>%1 太弱（至少需要 %2 位元）。請以更強的金鑰建立新的憑證要求。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: strong enough.</source>
        <translation>%1：強度足夠。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is strong, but many clients do not accept it in TLS server certificates yet.</source>
        <translation>%1 強度很高，但許多用戶端尚未接受在 TLS 伺服器憑證中使用它。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 is not accepted by browsers. Create a new request with RSA 2048 or more, or ECDSA P-256.</source>
        <translation>瀏覽器不接受 %1。請以 RSA 2048 以上或 ECDSA P-256 建立新的憑證要求。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Signature</source>
        <translation>簽章</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Signed with a broken hash (SHA-1 or older): %1. Browsers reject it; ask your CA to re-issue with SHA-256.</source>
        <translation>使用已遭破解的雜湊（SHA-1 或更舊）簽署：%1。瀏覽器會拒絕它；請要求 CA 以 SHA-256 重新簽發。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Signed with %1.</source>
        <translation>以 %1 簽署。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>No certificate with thumbprint %1 is in Personal. Verify installation checks a server certificate in Personal.</source>
        <translation>「個人」中沒有指紋為 %1 的憑證。驗證安裝會檢查「個人」中的伺服器憑證。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No private key.</source>
        <translation>沒有私密金鑰。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The certificate is installed correctly.</source>
        <translation>此憑證已正確安裝。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The certificate is installed and usable; see the warnings.</source>
        <translation>此憑證已安裝且可使用；請參閱警告。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The certificate is not ready for a server: fix the failed checks.</source>
        <translation>此憑證尚無法用於伺服器：請修正失敗的檢查項目。</translation>
    </message>
</context>
<context>
    <name>NginxBinder</name>
    <message>
        <location filename="../../platform/binding/NginxBinder.cpp" line="+45" />
        <source>The private key does not belong to the certificate.</source>
        <translation>私密金鑰不屬於該憑證。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The test needs the rights nginx runs with; run CertPilot as root or with sudo.</source>
        <translation>測試需要 nginx 執行時的權限；請以 root 身分或使用 sudo 執行 CertPilot。</translation>
    </message>
</context>
<context>
    <name>NginxConfig</name>
    <message>
        <location filename="../../platform/binding/NginxConfig.cpp" line="+58" />
        <source>There is no nginx configuration at %1. Set the configuration folder in the binding settings (usually /etc/nginx).</source>
        <translation>%1 沒有 nginx 設定。請在繫結設定中指定設定資料夾（通常是 /etc/nginx）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>nginx's configuration could not be read: %1. Fix it (nginx -t shows the same) and try again.</source>
        <translation>無法讀取 nginx 的設定：%1。請修正（nginx -t 會顯示相同內容）後再試一次。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Skipped a %1 server block in %2 (line %3): only http sites are bound.</source>
        <translation>已略過 %2（第 %3 行）中的 %1 server 區塊：只會繫結 http 站台。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 includes itself</source>
        <translation>%1 引入了其自身</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is too large for a configuration file</source>
        <translation>%1 太大，無法作為設定檔</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 is not a regular file</source>
        <translation>%1 不是一般檔案</translation>
    </message>
    <message>
        <location line="+10" />
        <source>too many included files</source>
        <translation>引入的檔案太多</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
    <message>
        <location line="+35" />
        <source>%1 in %2 on line %3</source>
        <translation>%1（%2，第 %3 行）</translation>
    </message>
    <message>
        <location line="+24" />
        <source>unexpected ";"</source>
        <translation>非預期的「;」</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the included file %1 does not exist</source>
        <translation>引入的檔案 %1 不存在</translation>
    </message>
    <message>
        <location line="+10" />
        <source>unexpected "{"</source>
        <translation>非預期的「{」</translation>
    </message>
    <message>
        <location line="+11" />
        <source>missing ";" before "}"</source>
        <translation>「}」之前缺少「;」</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unexpected "}"</source>
        <translation>非預期的「}」</translation>
    </message>
    <message>
        <location line="+9" />
        <source>unexpected end of file, expecting ";"</source>
        <translation>非預期的檔案結尾，應為「;」</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unexpected end of file, expecting "}"</source>
        <translation>非預期的檔案結尾，應為「}」</translation>
    </message>
</context>
<context>
    <name>NginxEditor</name>
    <message>
        <location filename="../../platform/binding/NginxEditor.cpp" line="+55" />
        <source>The site %1 is no longer in nginx's configuration. List the sites again.</source>
        <translation>站台 %1 已不在 nginx 的設定中。請重新列出站台。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>nginx reads "$" in a certificate path as a variable. Choose a folder without "$".</source>
        <translation>nginx 會將憑證路徑中的「$」視為變數。請選擇不含「$」的資料夾。</translation>
    </message>
    <message>
        <location line="+26" />
        <source>The site %1 has %2 ssl_certificate lines (one per key type). CertPilot binds one certificate per site: remove the extra ssl_certificate and ssl_certificate_key lines, then bind again.</source>
        <translation>站台 %1 有 %2 個 ssl_certificate 行（每種金鑰類型一行）。CertPilot 每個站台只繫結一個憑證：請移除多餘的 ssl_certificate 和 ssl_certificate_key 行，然後再繫結一次。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The certificate of %1 is set in %2, which other sites include too, so changing it there would change them as well. Move the ssl_certificate lines into the site's server block, then bind again.</source>
        <translation>%1 的憑證設定在 %2 中，而其他站台也引入了該檔案，因此在該處變更也會變更那些站台。請將 ssl_certificate 行移到該站台的 server 區塊中，然後再繫結一次。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The site %1 has no https listener. Choose "add an https listener" to add one on port 443 or another port.</source>
        <translation>站台 %1 沒有 https 接聽程式。請選擇「新增 https 接聽程式」，在連接埠 443 或其他連接埠上新增一個。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The site %1 already uses port %2 for plain http. Choose another port for https.</source>
        <translation>站台 %1 已將連接埠 %2 用於一般 http。請為 https 選擇其他連接埠。</translation>
    </message>
</context>
<context>
    <name>OpenSslEndpointProbe</name>
    <message>
        <location filename="../../platform/probe/OpenSslEndpointProbe.cpp" line="+20" />
        <source>The check was cancelled.</source>
        <translation>已取消檢查。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The host name %1 could not be resolved. Check the spelling, and that this computer can reach a DNS server.</source>
        <translation>無法解析主機名稱 %1。請檢查拼字，並確認這部電腦可以連線到 DNS 伺服器。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 refused the connection: nothing listens on port %2 there. Is the server running, and is the port right?</source>
        <translation>%1 拒絕連線：該處的連接埠 %2 上沒有任何程式在接聽。伺服器是否正在執行？連接埠是否正確？</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>%1 did not answer within %n second(s). A firewall may drop the connection, or the host is down.</source>
        <translation>
            <numerusform>%1 未在 %n 秒內回應。可能是防火牆捨棄了連線，或主機已停機。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 cannot be reached.</source>
        <translation>無法連線到 %1。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The connection to %1 broke while sending the TLS greeting.</source>
        <translation>傳送 TLS 問候訊息時，與 %1 的連線中斷。</translation>
    </message>
    <message numerus="yes">
        <location line="+9" />
        <source>%1 accepted the connection but did not answer the TLS handshake within %n second(s). The port may expect another protocol that waits for the client to speak first.</source>
        <translation>
            <numerusform>%1 接受了連線，但未在 %n 秒內回應 TLS 交握。此連接埠可能使用其他通訊協定，會等待用戶端先傳送資料。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13" />
        <source>The connection to %1 broke during the TLS handshake.</source>
        <translation>TLS 交握期間，與 %1 的連線中斷。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 completed the handshake without sending a certificate.</source>
        <translation>%1 完成了交握，但未傳送憑證。</translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <location filename="../../app/cli/PasswordInput.cpp" line="+90" />
        <source>the password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read %1 from the first line of FILE (- for standard input).</source>
        <translation>從 FILE 的第一行讀取%1（- 代表標準輸入）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Read %1 from the environment variable VAR.</source>
        <translation>從環境變數 VAR 讀取%1。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <location line="+2" />
        <source>PASSWORD</source>
        <translation>PASSWORD</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Passwords are not accepted on the command line: every user of this computer can read command lines (ps, /proc). Use --%1 FILE or --%2 VAR, or leave both out to be asked.</source>
        <translation>命令列不接受密碼：這部電腦的每位使用者都能讀取命令列（ps、/proc）。請使用 --%1 FILE 或 --%2 VAR，或兩者都省略以在執行時詢問。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The password file %1 cannot be read.</source>
        <translation>無法讀取密碼檔 %1。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The environment variable %1 is not set.</source>
        <translation>未設定環境變數 %1。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Type it again: </source>
        <translation>請再輸入一次： </translation>
    </message>
    <message>
        <location line="+4" />
        <source>The two passwords differ; nothing was written.</source>
        <translation>兩次輸入的密碼不同；未寫入任何內容。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A password is needed and there is no terminal to ask on. Use --%1 FILE or --%2 VAR.</source>
        <translation>需要密碼，但沒有可供詢問的終端機。請使用 --%1 FILE 或 --%2 VAR。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The password is empty; a file with a private key needs one.</source>
        <translation>密碼是空的；含私密金鑰的檔案需要密碼。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The terminal cannot hide what you type; use --password-file instead.</source>
        <translation>終端機無法隱藏您輸入的內容；請改用 --password-file。</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <location filename="../../model/pfx/PasswordStrength.cpp" line="+53" />
        <source>No password</source>
        <translation>沒有密碼</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Fair</source>
        <translation>普通</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Strong</source>
        <translation>強</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Type a password of at least %1 characters.</source>
        <translation>請輸入至少 %1 個字元的密碼。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Shorter than %1 characters: a stolen file could be opened by trying passwords. Use a longer one, for example four unrelated words.</source>
        <translation>少於 %1 個字元：檔案遭竊時可能被以猜測密碼的方式開啟。請使用較長的密碼，例如四個不相關的單字。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>About %1 bits by length and kinds of characters. Longer, or mixing upper and lower case, digits and symbols, makes it stronger.</source>
        <translation>依長度和字元種類估計約 %1 位元。加長密碼，或混合使用大小寫字母、數字和符號，可讓它更強。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>About %1 bits by length and kinds of characters (an estimate: it cannot tell a well-known phrase from a random one).</source>
        <translation>依長度和字元種類估計約 %1 位元（僅為估計：無法分辨常見片語與隨機密碼）。</translation>
    </message>
</context>
<context>
    <name>PemDirStore</name>
    <message>
        <location filename="../../platform/pemdir/PemDirStore.cpp" line="+104" />
        <location line="+7" />
        <source>The file is larger than a certificate can be.</source>
        <translation>此檔案超過憑證可能的大小。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: %2 (with private key)</source>
        <translation>%1：%2（含私密金鑰）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+20" />
        <source>%1 is a file, not a store folder. Choose a folder.</source>
        <translation>%1 是檔案，不是存放區資料夾。請選擇資料夾。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The store folder %1 cannot be created. Check that its parent folder exists and is writable.</source>
        <translation>無法建立存放區資料夾 %1。請確認其上層資料夾存在且可寫入。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The folder %1 is not a CertPilot store: it holds other files. Choose an empty folder for a new store, or an existing store.</source>
        <translation>資料夾 %1 不是 CertPilot 存放區：其中含有其他檔案。請為新存放區選擇空的資料夾，或選擇現有的存放區。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A new store cannot be created in %1 because the folder is read-only.</source>
        <translation>無法在 %1 中建立新的存放區，因為該資料夾是唯讀的。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>The store in %1 is damaged: its marker file %2 is unreadable. Restore the folder from a backup, or open another store.</source>
        <translation>%1 中的存放區已損毀：無法讀取其標記檔 %2。請從備份還原資料夾，或開啟其他存放區。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The store in %1 was made by a newer CertPilot. Update CertPilot to open it.</source>
        <translation>%1 中的存放區是由較新版的 CertPilot 建立的。請更新 CertPilot 以開啟它。</translation>
    </message>
    <message numerus="yes">
        <location line="+14" />
        <source>Removed %n temporary file(s) left by a program that was interrupted.</source>
        <translation>
            <numerusform>已移除 %n 個由中斷的程式遺留的暫存檔案。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48" />
        <source>The store folder %1 is read-only, so nothing can be changed. Check the folder's permissions, or open a writable copy.</source>
        <translation>存放區資料夾 %1 是唯讀的，因此無法變更任何內容。請檢查資料夾的權限，或開啟可寫入的複本。</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The file of friendly names and notes is damaged, so they are not shown. CertPilot keeps the damaged copy in the trash the next time it saves.</source>
        <translation>好記的名稱和附註檔案已損毀，因此不會顯示。CertPilot 下次儲存時會將損毀的複本保留在資源回收筒中。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>An earlier change was interrupted; it is completed or undone when the store is next opened for writing.</source>
        <translation>先前的變更曾被中斷；下次以寫入模式開啟存放區時，會完成或復原該變更。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Skipped a symbolic link: a store holds its own files only, so nothing outside it is read or changed through it.</source>
        <translation>已略過符號連結：存放區只包含自己的檔案，因此不會透過它讀取或變更存放區以外的任何內容。</translation>
    </message>
    <message>
        <location line="+43" />
        <source>Loading the store was cancelled.</source>
        <translation>已取消載入存放區。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>This file is too large to be a certificate; it was not read.</source>
        <translation>此檔案太大，不可能是憑證；未讀取。</translation>
    </message>
    <message>
        <location line="+36" />
        <source>This file does not hold exactly one certificate request.</source>
        <translation>此檔案並非只包含一個憑證要求。</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>This file holds %n certificate(s); a store file holds exactly one. Import the file instead of copying it here.</source>
        <translation>
            <numerusform>此檔案包含 %n 個憑證；存放區檔案只能包含一個。請匯入此檔案，而不是將其複製到這裡。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>This is a second copy of %1; it is ignored.</source>
        <translation>這是 %1 的第二個複本；已忽略。</translation>
    </message>
    <message>
        <location line="+89" />
        <source>A request is stored together with its private key.</source>
        <translation>憑證要求會與其私密金鑰一起儲存。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>There is no certificate to add.</source>
        <translation>沒有要新增的憑證。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The private key does not belong to %1, so it was not stored. Nothing was changed.</source>
        <translation>私密金鑰不屬於 %1，因此未儲存。未做任何變更。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 is already in %2. Nothing was changed.</source>
        <translation>%1 已在 %2 中。未做任何變更。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>A private key file for %1 already exists; CertPilot never overwrites a key. Nothing was changed.</source>
        <translation>%1 的私密金鑰檔已存在；CertPilot 絕不會覆寫金鑰。未做任何變更。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>The item %1 is no longer in %2. Refresh the view and try again.</source>
        <translation>項目 %1 已不在 %2 中。請重新整理檢視後再試一次。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The item %1 is no longer in %2.</source>
        <translation>項目 %1 已不在 %2 中。</translation>
    </message>
    <message>
        <location line="+38" />
        <location line="+12" />
        <source>Invalid document name.</source>
        <translation>無效的文件名稱。</translation>
    </message>
    <message>
        <location line="-7" />
        <source>%1 is not a regular file.</source>
        <translation>%1 不是一般檔案。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>There is no private key for this item in the store. The key stays on the machine where the request was made; restore it from a PFX backup, or make a new request.</source>
        <translation>存放區中沒有此項目的私密金鑰。金鑰留在建立憑證要求的電腦上；請從 PFX 備份還原，或建立新的憑證要求。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The private key file cannot be read: %1</source>
        <translation>無法讀取私密金鑰檔：%1</translation>
    </message>
    <message>
        <location line="+48" />
        <location line="+18" />
        <source>There is no such item in the trash.</source>
        <translation>資源回收筒中沒有此項目。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The trash entry is damaged.</source>
        <translation>資源回收筒項目已損毀。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This item is in the store again, so the copy in the trash was not restored.</source>
        <translation>此項目又已在存放區中，因此未還原資源回收筒中的複本。</translation>
    </message>
</context>
<context>
    <name>PemDirTransaction</name>
    <message>
        <location filename="../../platform/pemdir/PemDirTransaction.cpp" line="+57" />
        <source>cannot create the staging folder</source>
        <translation>無法建立暫存資料夾</translation>
    </message>
    <message>
        <location line="+67" />
        <source>A file of the change is missing: %1</source>
        <translation>變更中的一個檔案遺失：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>cannot create the folder</source>
        <translation>無法建立資料夾</translation>
    </message>
    <message numerus="yes">
        <location line="+55" />
        <source>An interrupted change from an earlier session was completed (%n file(s)).</source>
        <translation>
            <numerusform>已完成上一個工作階段中斷的變更（%n 個檔案）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>An interrupted change could not be completed; its files are kept in %1.</source>
        <translation>無法完成中斷的變更；其檔案保留在 %1 中。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>An unfinished change from an earlier session was discarded; the store is as it was before that change.</source>
        <translation>已捨棄上一個工作階段未完成的變更；存放區維持該變更前的狀態。</translation>
    </message>
</context>
<context>
    <name>PfxImportPlan</name>
    <message numerus="yes">
        <location filename="../../model/pfx/PfxImportPlan.cpp" line="+32" />
        <source>The file holds no private key, only %n certificate(s). To restore a certificate with its key you need the PFX that was exported with the private key; CA certificates alone are imported with "Import certificates".</source>
        <translation>
            <numerusform>檔案不含私密金鑰，只有 %n 個憑證。若要連同金鑰還原憑證，您需要連同私密金鑰匯出的 PFX；單獨的 CA 憑證請使用「匯入憑證」匯入。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>The file holds %n different private keys. CertPilot restores one certificate with its key at a time; export each certificate to its own PFX file and import them one by one.</source>
        <translation>
            <numerusform>檔案包含 %n 個不同的私密金鑰。CertPilot 一次只還原一個憑證及其金鑰；請將每個憑證匯出成各自的 PFX 檔案，再逐一匯入。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>The file holds a private key but not the certificate that belongs to it, so there is nothing to put in Personal. Export the certificate again together with its key.</source>
        <translation>檔案包含私密金鑰，但不含屬於它的憑證，因此沒有可放入「個人」的項目。請將憑證連同其金鑰重新匯出。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1 is not a CA certificate and is not the one with the key; it was left out.</source>
        <translation>%1 不是 CA 憑證，也不是含金鑰的憑證；已略過。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Imported from a PFX file on %1</source>
        <translation>於 %1 從 PFX 檔案匯入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Imported from %1 on %2</source>
        <translation>於 %2 從 %1 匯入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>; private key marked exportable.</source>
        <translation>；私密金鑰已標示為可匯出。</translation>
    </message>
    <message>
        <location line="+0" />
        <source>; private key not marked exportable.</source>
        <translation>；私密金鑰未標示為可匯出。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 is already in Personal with its private key, and so is the rest of the file; nothing needs restoring.</source>
        <translation>%1 已連同其私密金鑰位於「個人」中，檔案的其餘內容也是；不需要還原任何項目。</translation>
    </message>
</context>
<context>
    <name>Pkcs12Algorithm</name>
    <message>
        <location filename="../../model/pfx/Pkcs12Algorithm.cpp" line="+45" />
        <source>The file is protected with %1, which CertPilot cannot read. Export it again with AES-256 or TripleDES encryption.</source>
        <translation>此檔案以 %1 保護，CertPilot 無法讀取。請以 AES-256 或 TripleDES 加密重新匯出。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The encryption settings inside the file are damaged, so it cannot be opened. Use another copy of the backup.</source>
        <translation>檔案內的加密設定已損毀，因此無法開啟。請使用備份的其他複本。</translation>
    </message>
    <message>
        <location line="+100" />
        <source>more than %1</source>
        <translation>超過 %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file asks for %1 rounds of password processing; CertPilot stops at %2, because opening it would take minutes to hours and no normal export uses so many. If you made the file yourself, export it again with the default settings.</source>
        <translation>此檔案要求 %1 輪密碼處理；CertPilot 上限為 %2，因為開啟它需要數分鐘到數小時，而正常的匯出不會使用這麼多輪。如果檔案是您自己建立的，請以預設設定重新匯出。</translation>
    </message>
</context>
<context>
    <name>Pkcs12Info</name>
    <message>
        <location filename="../../model/pfx/Pkcs12Info.cpp" line="+23" />
        <source>No MAC: the file has no integrity check.</source>
        <translation>沒有 MAC：檔案沒有完整性檢查。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Other bag (not used)</source>
        <translation>其他 bag（未使用）</translation>
    </message>
</context>
<context>
    <name>Pkcs12Profile</name>
    <message>
        <location filename="../../model/pfx/Pkcs12Profile.cpp" line="+51" />
        <source>Windows Server 2016 and older, Java 8</source>
        <translation>Windows Server 2016 及更舊版本、Java 8</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Windows Server 2019 and newer, modern systems</source>
        <translation>Windows Server 2019 及更新版本、新式系統</translation>
    </message>
    <message>
        <location line="+6" />
        <source>TripleDES encryption with a SHA-1 integrity check. Choose this when the file goes to Windows Server 2016 or older, or to Java 8: they cannot open AES files and wrongly report a wrong password. Weaker; protect the file with a long password.</source>
        <translation>TripleDES 加密搭配 SHA-1 完整性檢查。當檔案要提供給 Windows Server 2016 或更舊版本，或 Java 8 時選擇此項：它們無法開啟 AES 檔案，並會錯誤地回報密碼錯誤。安全性較弱；請以長密碼保護檔案。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>AES-256 encryption with a SHA-256 integrity check. Opens on Windows Server 2019 and Windows 10 (1709) or newer, Java 11 and later, OpenSSL 1.1.1 and later, nginx and Apache hosts.</source>
        <translation>AES-256 加密搭配 SHA-256 完整性檢查。可在 Windows Server 2019 和 Windows 10 (1709) 或更新版本、Java 11 及更新版本、OpenSSL 1.1.1 及更新版本、nginx 和 Apache 主機上開啟。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Private key: pbeWithSHAAnd3-KeyTripleDES-CBC (PKCS#12 key derivation, SHA-1), %1 iterations</source>
        <translation>私密金鑰：pbeWithSHAAnd3-KeyTripleDES-CBC（PKCS#12 金鑰衍生，SHA-1），%1 次反覆運算</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Certificates: pbeWithSHAAnd3-KeyTripleDES-CBC, %1 iterations</source>
        <translation>憑證：pbeWithSHAAnd3-KeyTripleDES-CBC，%1 次反覆運算</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Integrity (MAC): HMAC-SHA-1, %1 iterations</source>
        <translation>完整性 (MAC)：HMAC-SHA-1，%1 次反覆運算</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Private key: PBES2, AES-256-CBC, key from PBKDF2-HMAC-SHA256, %1 iterations</source>
        <translation>私密金鑰：PBES2、AES-256-CBC，金鑰由 PBKDF2-HMAC-SHA256 衍生，%1 次反覆運算</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificates: PBES2, AES-256-CBC, key from PBKDF2-HMAC-SHA256, %1 iterations</source>
        <translation>憑證：PBES2、AES-256-CBC，金鑰由 PBKDF2-HMAC-SHA256 衍生，%1 次反覆運算</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Integrity (MAC): HMAC-SHA-256, %1 iterations</source>
        <translation>完整性 (MAC)：HMAC-SHA-256，%1 次反覆運算</translation>
    </message>
</context>
<context>
    <name>Pkcs12Reader</name>
    <message>
        <location filename="../../model/pfx/Pkcs12Reader.cpp" line="+33" />
        <source>This is not a PKCS#12 (.pfx or .p12) file. Choose the backup file that holds the certificate with its private key; certificate files (.cer, .crt, .p7b) are imported with "Import certificates" instead.</source>
        <translation>這不是 PKCS#12 (.pfx 或 .p12) 檔案。請選擇包含憑證及其私密金鑰的備份檔；憑證檔案 (.cer、.crt、.p7b) 請改用「匯入憑證」匯入。</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>The file ends early (only %n bytes are there): it was probably cut off while downloading, copying or attaching it. Copy it again from the original.</source>
        <translation>
            <numerusform>檔案提早結束（只有 %n 個位元組）：可能在下載、複製或附加時被截斷。請從原始檔案重新複製。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9" />
        <source>The file is larger than %1 MB; a PFX backup is a few kilobytes. Check that you chose the right file.</source>
        <translation>檔案大於 %1 MB；PFX 備份通常只有幾 KB。請確認選擇了正確的檔案。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The file's integrity check passes, but part of its content does not open with this password. The program that made it may have used a second password for the private key, or is faulty. Export the certificate again.</source>
        <translation>檔案的完整性檢查通過，但部分內容無法用此密碼開啟。建立檔案的程式可能對私密金鑰使用了第二個密碼，或程式有缺陷。請重新匯出憑證。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file is damaged: part of its content cannot be read. Use another copy of the backup, or export the certificate again.</source>
        <translation>檔案已損毀：部分內容無法讀取。請使用其他備份複本，或重新匯出憑證。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The file is empty.</source>
        <translation>檔案是空的。</translation>
    </message>
    <message numerus="yes">
        <location line="+69" />
        <source>%n bytes of unknown data after the end of the file.</source>
        <translation>
            <numerusform>檔案結尾之後有 %n 個位元組的未知資料。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59" />
        <source>The file's integrity check (MAC) uses %1, which is not a PKCS#12 digest (SHA-1 or SHA-2), so CertPilot cannot trust it; Windows and Java refuse such files too. Export the certificate again with the default settings.</source>
        <translation>檔案的完整性檢查 (MAC) 使用 %1，這不是 PKCS#12 的摘要演算法 (SHA-1 或 SHA-2)，因此 CertPilot 無法信任它；Windows 和 Java 也會拒絕這類檔案。請以預設設定重新匯出憑證。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>MAC iteration count %1</source>
        <translation>MAC 反覆運算次數 %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Reading the file was cancelled.</source>
        <translation>已取消讀取檔案。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file's integrity check (MAC) cannot be computed here.</source>
        <translation>無法在此計算檔案的完整性檢查 (MAC)。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Wrong password: none of the file's encrypted contents open with it. Type the password that was set when the file was exported (it is case-sensitive).</source>
        <translation>密碼錯誤：檔案中所有加密內容都無法用它開啟。請輸入匯出檔案時設定的密碼（區分大小寫）。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Wrong password, or the file was changed after it was made: its integrity check fails with this password. Type the password that was set when the file was exported (it is case-sensitive).</source>
        <translation>密碼錯誤，或檔案在建立後遭到變更：使用此密碼時完整性檢查失敗。請輸入匯出檔案時設定的密碼（區分大小寫）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The file is damaged or was altered: its integrity check (MAC) fails, although its contents open with this password, so the password is right. Use another copy of the backup, or export the certificate again.</source>
        <translation>檔案已損毀或遭到竄改：完整性檢查 (MAC) 失敗，但內容可用此密碼開啟，表示密碼正確。請使用其他備份複本，或重新匯出憑證。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>OpenSSL could not be prepared for reading PFX files.</source>
        <translation>無法準備 OpenSSL 以讀取 PFX 檔案。</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The file is signed with a certificate instead of protected by a password. CertPilot reads password-protected PFX files only.</source>
        <translation>此檔案是以憑證簽署，而非以密碼保護。CertPilot 只能讀取以密碼保護的 PFX 檔案。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The file has more than %1 sections; CertPilot stops there.</source>
        <translation>檔案包含超過 %1 個區段；CertPilot 只讀取到此為止。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The file has no integrity check (MAC): CertPilot cannot tell whether it was altered. Make a new backup with CertPilot when you can.</source>
        <translation>檔案沒有完整性檢查 (MAC)：CertPilot 無法判斷它是否遭到竄改。可以的話，請用 CertPilot 建立新的備份。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The file uses an old, weak encryption (such as RC2-40). Anyone with the file can break it quickly; keep it safe or replace it with a new backup.</source>
        <translation>檔案使用舊式的弱加密（例如 RC2-40）。取得檔案的任何人都能很快破解；請妥善保管，或以新的備份取代。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The file %1 does not exist.</source>
        <translation>檔案 %1 不存在。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 is not a file.</source>
        <translation>%1 不是檔案。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 cannot be read: %2</source>
        <translation>無法讀取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Pkcs12SafeReader</name>
    <message>
        <location filename="../../model/pfx/Pkcs12SafeReader.cpp" line="+42" />
        <source>Private key: %1, %2 bits</source>
        <translation>私密金鑰：%1，%2 位元</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Reading the file was cancelled.</source>
        <translation>已取消讀取檔案。</translation>
    </message>
    <message>
        <location line="+67" />
        <source>The file is protected with a certificate (public-key encryption) instead of a password. CertPilot reads password-protected PFX files only; export it again with a password.</source>
        <translation>此檔案是以憑證（公開金鑰加密）保護，而非以密碼保護。CertPilot 只能讀取以密碼保護的 PFX 檔案；請以密碼重新匯出。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The file holds more than %1 items; CertPilot stops there.</source>
        <translation>檔案包含超過 %1 個項目；CertPilot 只讀取到此為止。</translation>
    </message>
    <message>
        <location line="+63" />
        <source>Certificate: %1</source>
        <translation>憑證：%1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>The private key in the file is of a type CertPilot does not know (%1).</source>
        <translation>檔案中的私密金鑰類型 (%1) 是 CertPilot 無法辨識的。</translation>
    </message>
</context>
<context>
    <name>Pkcs12Writer</name>
    <message>
        <location filename="../../model/pfx/Pkcs12Writer.cpp" line="+28" />
        <source>A PFX file needs a password: it protects the private key inside.</source>
        <translation>PFX 檔案需要密碼：密碼用來保護其中的私密金鑰。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The password contains a NUL character, which PFX files cannot store. Choose another password.</source>
        <translation>密碼含有 NUL 字元，PFX 檔案無法儲存此字元。請選擇其他密碼。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>A PFX backup needs the certificate and its private key; the private key of this certificate is not in the store.</source>
        <translation>PFX 備份需要憑證及其私密金鑰；此憑證的私密金鑰不在存放區中。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The private key does not belong to %1, so no PFX file was written.</source>
        <translation>私密金鑰不屬於 %1，因此未寫入 PFX 檔案。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The certificate or key could not be prepared.</source>
        <translation>無法準備憑證或金鑰。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A chain certificate could not be prepared.</source>
        <translation>無法準備憑證鏈中的憑證。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>The PFX file could not be made.</source>
        <translation>無法建立 PFX 檔案。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The PFX file's integrity check could not be added.</source>
        <translation>無法加入 PFX 檔案的完整性檢查。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The PFX file could not be encoded.</source>
        <translation>無法編碼 PFX 檔案。</translation>
    </message>
</context>
<context>
    <name>PrivateKey</name>
    <message>
        <location filename="../../model/PrivateKey.cpp" line="+88" />
        <source>The key could not be generated.</source>
        <translation>無法產生金鑰。</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+21" />
        <source>The data is not a readable private key.</source>
        <translation>資料不是可讀取的私密金鑰。</translation>
    </message>
    <message>
        <location line="-3" />
        <source>Wrong password for the private key. Type the password that was set when the key was saved.</source>
        <translation>私密金鑰的密碼錯誤。請輸入儲存金鑰時設定的密碼。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The private key could not be read.</source>
        <translation>無法讀取私密金鑰。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The private key could not be encrypted.</source>
        <translation>無法加密私密金鑰。</translation>
    </message>
</context>
<context>
    <name>ProbeAnalysis</name>
    <message>
        <location filename="../../model/binding/ProbeAnalysis.cpp" line="+42" />
        <source>PASS</source>
        <translation>通過</translation>
    </message>
    <message>
        <location line="+2" />
        <source>INFO</source>
        <translation>資訊</translation>
    </message>
    <message>
        <location line="+2" />
        <source>WARN</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2" />
        <source>FAIL</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The server sent no certificate.</source>
        <translation>伺服器未傳送憑證。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>The server sends the bound certificate (SHA-1 %1).</source>
        <translation>伺服器傳送的是已繫結的憑證 (SHA-1 %1)。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1, expires %2, SHA-1 %3</source>
        <translation>%1，到期日 %2，SHA-1 %3</translation>
    </message>
    <message>
        <location line="+3" />
        <source>; it has the same key as the bound certificate</source>
        <translation>；其金鑰與已繫結的憑證相同</translation>
    </message>
    <message>
        <location line="+2" />
        <source>; it is older than the bound certificate</source>
        <translation>；它比已繫結的憑證舊</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server sends a different certificate than the one bound (%1). The server may not have been reloaded, another server behind a load balancer may have answered, or a device in front of it (load balancer, CDN, firewall) holds its own copy.</source>
        <translation>伺服器傳送的憑證與已繫結的憑證不同 (%1)。可能是伺服器尚未重新載入、由負載平衡器後方的另一台伺服器回應，或前端裝置（負載平衡器、CDN、防火牆）保有自己的複本。</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The server sends only its own certificate, without the intermediate certificate(s) %1. Browsers that have not cached them, often on phones, report an unknown issuer. Serve the full chain (fullchain.pem) instead of the certificate alone.</source>
        <translation>伺服器只傳送自己的憑證，未包含中繼憑證 %1。未快取這些憑證的瀏覽器（常見於手機）會回報簽發者不明。請提供完整憑證鏈 (fullchain.pem)，而不是只有憑證。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The server sends only its own certificate, and the store does not have its issuer (%1) either. Import the intermediate certificates from your CA, then bind again.</source>
        <translation>伺服器只傳送自己的憑證，存放區中也沒有其簽發者 (%1)。請匯入 CA 提供的中繼憑證，然後重新繫結。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The server does not send the intermediate certificate(s) %1. Clients without them cannot build the chain. Add them to the chain file after the certificate.</source>
        <translation>伺服器未傳送中繼憑證 %1。沒有這些憑證的用戶端無法建立憑證鏈。請將它們加入憑證鏈檔案中，放在憑證之後。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Neither the server nor the store has the issuer of the certificate (%1). Import the intermediate certificates from your CA.</source>
        <translation>伺服器和存放區都沒有此憑證的簽發者 (%1)。請匯入 CA 提供的中繼憑證。</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>The server sends the complete chain: its certificate and %n intermediate(s).</source>
        <translation>
            <numerusform>伺服器傳送完整的憑證鏈：它的憑證及 %n 個中繼憑證。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15" />
        <source>The server also sends the root certificate %1. Clients ignore it; it can be left out.</source>
        <translation>伺服器也傳送了根憑證 %1。用戶端會忽略它，可以省略。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The server also sends certificates that are not part of this chain: %1. Remove them from the chain file.</source>
        <translation>伺服器也傳送了不屬於此憑證鏈的憑證：%1。請將它們從憑證鏈檔案中移除。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The server sends the intermediate certificates out of order. Put each certificate before its issuer: the server certificate first.</source>
        <translation>伺服器傳送的中繼憑證順序錯誤。每個憑證都應放在其簽發者之前，伺服器憑證放在最前面。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>The served chain is trusted: it leads to %1 in Trusted Root Certification Authorities.</source>
        <translation>伺服器提供的憑證鏈受信任：它連結到「信任的根憑證授權單位」中的 %1。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>a root</source>
        <translation>根憑證</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The served chain is not trusted: %1</source>
        <translation>伺服器提供的憑證鏈不受信任：%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>No host name was given, so the certificate's names were not checked.</source>
        <translation>未指定主機名稱，因此未檢查憑證的名稱。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The certificate covers %1.</source>
        <translation>憑證涵蓋 %1。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The certificate does not cover %1; it is for %2. Browsers show a name mismatch.</source>
        <translation>憑證未涵蓋 %1；它是發給 %2 的。瀏覽器會顯示名稱不符。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>no DNS name</source>
        <translation>無 DNS 名稱</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 expired on %2.</source>
        <translation>%1 已於 %2 過期。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not valid before %2. Check the server's clock.</source>
        <translation>%1 在 %2 之前無效。請檢查伺服器的時鐘。</translation>
    </message>
    <message numerus="yes">
        <location line="+8" />
        <source>The certificate expires in %n day(s), on %1. Renew it.</source>
        <translation>
            <numerusform>憑證將在 %n 天後（%1）到期。請更新憑證。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every served certificate is within its validity period.</source>
        <translation>提供的每個憑證都在有效期內。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The server negotiated %1, which current browsers refuse. Enable TLS 1.2 and 1.3.</source>
        <translation>伺服器協商使用 %1，目前的瀏覽器會拒絕此版本。請啟用 TLS 1.2 和 1.3。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Protocol %1, cipher %2.</source>
        <translation>通訊協定 %1，加密套件 %2。</translation>
    </message>
</context>
<context>
    <name>ProbeTarget</name>
    <message>
        <location filename="../../model/binding/ProbeTarget.cpp" line="+28" />
        <source>"%1" is not a host name with an optional port, such as www.example.com:443.</source>
        <translation>「%1」不是主機名稱（可附加連接埠），例如 www.example.com:443。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>The port must be a number from 1 to 65535.</source>
        <translation>連接埠必須是 1 到 65535 之間的數字。</translation>
    </message>
</context>
<context>
    <name>RenewalBook</name>
    <message>
        <location filename="../../model/renewal/RenewalBook.cpp" line="+21" />
        <source>The renewals kept with the store are damaged. Restore meta/renewals.json from a backup; CertPilot will not overwrite it.</source>
        <translation>與存放區一起保存的憑證更新記錄已損毀。請從備份還原 meta/renewals.json；CertPilot 不會覆寫它。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The renewals kept with the store were written by a newer CertPilot. Update CertPilot.</source>
        <translation>與存放區一起保存的憑證更新記錄是由較新版的 CertPilot 寫入的。請更新 CertPilot。</translation>
    </message>
</context>
<context>
    <name>RenewalProgress</name>
    <message>
        <location filename="../../model/renewal/RenewalProgress.cpp" line="+29" />
        <source>%1 (today)</source>
        <translation>%1（今天）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (yesterday)</source>
        <translation>%1（昨天）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 (%2 days ago)</source>
        <translation>%1（%2 天前）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>1 site</source>
        <translation>1 個站台</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 sites</source>
        <translation>%1 個站台</translation>
    </message>
    <message>
        <location line="+89" />
        <source>Request made on %1 with a new private key, kept in Requests.</source>
        <translation>已於 %1 以新的私密金鑰建立憑證要求，保存在「憑證要求」中。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The request made on %1 is no longer in Requests (deleted, or completed in another store). Create a new request.</source>
        <translation>於 %1 建立的憑證要求已不在「憑證要求」中（已刪除，或已在其他存放區中完成）。請建立新的憑證要求。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Create a new request from the old certificate's names and key type. A new private key is made; the old one stays in use until the sites change.</source>
        <translation>請依舊憑證的名稱和金鑰類型建立新的憑證要求。這會產生新的私密金鑰；在站台改用新憑證之前，仍會繼續使用舊的私密金鑰。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The CA answered.</source>
        <translation>CA 已回覆。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Submitted on %1.</source>
        <translation>已於 %1 送交。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Copy the request text into the CA's renewal form (or send the .csr file), then mark it as submitted.</source>
        <translation>請將憑證要求文字複製到 CA 的憑證更新表單中（或傳送 .csr 檔案），然後將它標示為已送交。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The CA's certificate arrived.</source>
        <translation>CA 的憑證已送達。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Waiting for the CA since %1. CAs answer by e-mail with a cert.zip or a .cer file; CertPilot remembers where you are if you close it.</source>
        <translation>自 %1 起等待 CA 回覆。CA 會以電子郵件寄送 cert.zip 或 .cer 檔案作為回覆；即使關閉 CertPilot，它也會記住您目前的進度。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>After the request is submitted.</source>
        <translation>於憑證要求送交後進行。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>The issuing CA certificates are in the store.</source>
        <translation>簽發此憑證的 CA 憑證已在存放區中。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Issuer not found: %1. Install the intermediate certificate from your CA's delivery.</source>
        <translation>找不到簽發者：%1。請安裝 CA 寄來之檔案中的中繼憑證。</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+18" />
        <source>Checking the new certificate's chain…</source>
        <translation>正在檢查新憑證的憑證鏈…</translation>
    </message>
    <message>
        <location line="-15" />
        <source>Open the CA's delivery (cert.zip, .p7b, .cer): roots go to Trusted Root, intermediates to Intermediate, and the server certificate completes the request.</source>
        <translation>請開啟 CA 寄來的檔案（cert.zip、.p7b、.cer）：根憑證會放入信任的根憑證授權單位、中繼憑證放入中繼憑證授權單位，伺服器憑證則用來完成憑證要求。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The new certificate is in Personal with its private key, valid until %1.</source>
        <translation>新憑證已連同其私密金鑰位於「個人」中，有效期到 %1。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Pair the CA's server certificate with the pending private key.</source>
        <translation>請將 CA 寄來的伺服器憑證與擱置的私密金鑰配對。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>After the request is completed.</source>
        <translation>於憑證要求完成後進行。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The chain of the new certificate is complete and trusted.</source>
        <translation>新憑證的憑證鏈完整且受信任。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>No site was recorded with the old certificate. If a server uses it, bind the new one with Site &gt; Bind to Site.</source>
        <translation>沒有記錄使用舊憑證的站台。如果有伺服器使用它，請使用「站台 &gt; 繫結到站台」繫結新憑證。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Moved to the new certificate: %1.</source>
        <translation>已改用新憑證：%1。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Re-binding failed and was undone; these sites keep the old certificate:
%1</source>
        <translation>重新繫結失敗並已復原；這些站台仍使用舊憑證：
%1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Using the old certificate: %1. They are re-bound once the new one is verified.</source>
        <translation>目前使用舊憑證：%1。驗證新憑證後，就會重新繫結這些站台。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Rolled back on %1: the old certificate is served again (%2). Re-bind when the problem is fixed.</source>
        <translation>已於 %1 回復：再次提供舊憑證（%2）。問題修正後，請重新繫結。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>To move to the new certificate: %1. Each is tested and reloaded, and restored if anything fails.</source>
        <translation>待改用新憑證：%1。每個站台都會經過測試並重新載入，若有任何失敗則會還原。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Every live site serves the new certificate (checked: %1).</source>
        <translation>所有線上站台都已提供新憑證（已檢查：%1）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>After the sites are re-bound.</source>
        <translation>於站台重新繫結後進行。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Not yet serving the new certificate:
%1</source>
        <translation>尚未提供新憑證：
%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Connect to each site and check it serves the new certificate.</source>
        <translation>請連線到每個站台，並檢查它是否提供新憑證。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Backed up on %1 to %2.</source>
        <translation>已於 %1 備份到 %2。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Skipped. Export a PFX later with Certificate &gt; Export.</source>
        <translation>已略過。之後可使用「憑證 &gt; 匯出」匯出 PFX。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export the new certificate with its key and chain to a password-protected PFX and keep it somewhere safe.</source>
        <translation>請將新憑證連同其金鑰和憑證鏈匯出為受密碼保護的 PFX，並保存在安全的地方。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The old certificate is in the trash (restore it from View &gt; Show Trash).</source>
        <translation>舊憑證已在資源回收筒中（可從「檢視 &gt; 顯示資源回收筒」還原）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Every site serves the new certificate: move the old one to the trash.</source>
        <translation>所有站台都已提供新憑證：請將舊憑證移到資源回收筒。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The old certificate stays until every live site serves the new one.</source>
        <translation>在所有線上站台都提供新憑證之前，會保留舊憑證。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Create the renewal request</source>
        <translation>建立憑證更新要求</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Submit it to the CA</source>
        <translation>將要求送交 CA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Wait for the CA</source>
        <translation>等待 CA 回覆</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Install the CA's certificates</source>
        <translation>安裝 CA 的憑證</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complete the request</source>
        <translation>完成憑證要求</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verify the new certificate</source>
        <translation>驗證新憑證</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re-bind the sites</source>
        <translation>重新繫結站台</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check the live sites</source>
        <translation>檢查線上站台</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back up as PFX</source>
        <translation>備份為 PFX</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Retire the old certificate</source>
        <translation>淘汰舊憑證</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Needs attention</source>
        <translation>需要處理</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Skipped</source>
        <translation>已略過</translation>
    </message>
</context>
<context>
    <name>RenewalSiteRunner</name>
    <message>
        <location filename="../../model/renewal/RenewalSiteRunner.cpp" line="+35" />
        <source>This build of CertPilot cannot bind certificates to sites.</source>
        <translation>此版本的 CertPilot 無法將憑證繫結到站台。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>CertPilot cannot reach this kind of server here.</source>
        <translation>CertPilot 無法在這裡連線到此類伺服器。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The site %1 is no longer in the configuration at %2. Bind the new certificate with Site &gt; Bind to Site.</source>
        <translation>站台 %1 已不在 %2 的設定中。請使用「站台 &gt; 繫結到站台」繫結新憑證。</translation>
    </message>
    <message>
        <location line="+28" />
        <source>This build of CertPilot cannot connect to sites.</source>
        <translation>此版本的 CertPilot 無法連線到站台。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>CertPilot does not know where %1 can be reached. Check it with Site &gt; Check Site.</source>
        <translation>CertPilot 不知道要從何處連線到 %1。請使用「站台 &gt; 檢查站台」檢查。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 serves another certificate (%2, thumbprint %3).</source>
        <translation>%1 提供的是另一個憑證（%2，指紋 %3）。</translation>
    </message>
    <message>
        <location line="+48" />
        <source>The new certificate is no longer in Personal.</source>
        <translation>新憑證已不在「個人」中。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Roll-back failed: %1</source>
        <translation>回復失敗：%1</translation>
    </message>
</context>
<context>
    <name>RequestSummary</name>
    <message>
        <location filename="../../model/request/RequestSummary.cpp" line="+15" />
        <source>Common name</source>
        <translation>一般名稱</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Organizational unit</source>
        <translation>組織單位</translation>
    </message>
    <message>
        <location line="+1" />
        <source>City/locality</source>
        <translation>縣市/地區</translation>
    </message>
    <message>
        <location line="+0" />
        <source>State/province</source>
        <translation>州/省</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Country/region</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Alternative names</source>
        <translation>主體別名</translation>
    </message>
    <message>
        <location line="+0" />
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Key</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Signature</source>
        <translation>簽章</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1, verified</source>
        <translation>%1，已驗證</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, DOES NOT VERIFY</source>
        <translation>%1，驗證失敗</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Request id</source>
        <translation>要求識別碼</translation>
    </message>
    <message>
        <location line="+8" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <location filename="../../model/request/RequestValidator.cpp" line="+54" />
        <source>Enter the host name only, without "%1": for example %2.</source>
        <translation>只輸入主機名稱，不要包含「%1」：例如 %2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter the host name only, without a path: for example %1.</source>
        <translation>只輸入主機名稱，不要包含路徑：例如 %1。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Enter a host name such as www.example.com, not an e-mail address.</source>
        <translation>請輸入主機名稱（例如 www.example.com），而不是電子郵件地址。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A host name cannot contain spaces.</source>
        <translation>主機名稱不能包含空格。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Use the ASCII form of this international name: %1.</source>
        <translation>請使用此國際化名稱的 ASCII 形式：%1。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use English letters, digits, hyphens and dots only; "%1" is not allowed.</source>
        <translation>只能使用英文字母、數字、連字號和點；不允許使用「%1」。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Enter the host name without a port number (%1).</source>
        <translation>輸入主機名稱時請勿包含連接埠號碼 (%1)。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove the dot at the end.</source>
        <translation>請移除結尾的點。</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>A host name can have at most %n characters.</source>
        <translation>
            <numerusform>主機名稱最多 %n 個字元。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>A wildcard is allowed only as the whole first part of the name, like *.example.com.</source>
        <translation>萬用字元只能作為名稱的整個第一部分，例如 *.example.com。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A wildcard needs a domain of at least two parts after it, like *.example.com.</source>
        <translation>萬用字元後面需要至少兩個部分的網域，例如 *.example.com。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The name has an empty part: two dots in a row, or a dot at the start.</source>
        <translation>名稱中有空白部分：連續兩個點，或以點開頭。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Each part between dots can have at most 63 characters.</source>
        <translation>點之間的每個部分最多 63 個字元。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Host names cannot contain underscores (_); CAs reject them.</source>
        <translation>主機名稱不能包含底線 (_)；CA 會拒絕。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>"%1" cannot appear in a host name: use letters, digits, hyphens and dots.</source>
        <translation>主機名稱中不能出現「%1」：請使用字母、數字、連字號和點。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A part of a host name cannot start or end with a hyphen (-).</source>
        <translation>主機名稱的各部分不能以連字號 (-) 開頭或結尾。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 is not a valid IP address.</source>
        <translation>%1 不是有效的 IP 位址。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Enter the common name: the site's host name, for example www.example.com.</source>
        <translation>請輸入一般名稱：站台的主機名稱，例如 www.example.com。</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>A common name can have at most %n characters. Enter a shorter name here and add the long one as an alternative name.</source>
        <translation>
            <numerusform>一般名稱最多 %n 個字元。請在此輸入較短的名稱，並將長名稱加入為主體別名。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11" />
        <source>Use English (ASCII) letters only: CAs reject "%1". Enter the name as it is registered in English.</source>
        <translation>只能使用英文 (ASCII) 字母：CA 會拒絕「%1」。請輸入以英文登記的名稱。</translation>
    </message>
    <message numerus="yes">
        <location line="+7" />
        <source>At most %n characters.</source>
        <translation>
            <numerusform>最多 %n 個字元。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14" />
        <source>%1 is not an ISO country code; %2 uses %3.</source>
        <translation>%1 不是 ISO 國家/地區代碼；%2 使用 %3。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter the 2-letter country code, not the name: %1 for %2.</source>
        <translation>請輸入 2 個字母的國家/地區代碼，而不是名稱：%2 的代碼是 %1。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 is not an ISO 3166 country code. Enter the 2-letter code, for example TW, US or DE.</source>
        <translation>%1 不是 ISO 3166 國家/地區代碼。請輸入 2 個字母的代碼，例如 TW、US 或 DE。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Enter the 2-letter ISO country code, for example TW, US or DE.</source>
        <translation>請輸入 2 個字母的 ISO 國家/地區代碼，例如 TW、US 或 DE。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Choose SHA-256, SHA-384 or SHA-512 as the signature hash.</source>
        <translation>請選擇 SHA-256、SHA-384 或 SHA-512 作為簽章雜湊。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Choose RSA 2048, 3072 or 4096, or ECDSA P-256 or P-384.</source>
        <translation>請選擇 RSA 2048、3072 或 4096，或 ECDSA P-256 或 P-384。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Common name</source>
        <translation>一般名稱</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Organizational unit</source>
        <translation>組織單位</translation>
    </message>
    <message>
        <location line="+2" />
        <source>City/locality</source>
        <translation>縣市/地區</translation>
    </message>
    <message>
        <location line="+2" />
        <source>State/province</source>
        <translation>州/省</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Country/region</source>
        <translation>國家/地區</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Alternative names</source>
        <translation>主體別名</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Key</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signature hash</source>
        <translation>簽章雜湊</translation>
    </message>
</context>
<context>
    <name>ServerCommand</name>
    <message>
        <location filename="../../platform/binding/ServerCommand.cpp" line="+15" />
        <source>No command is set. Set it in the binding settings.</source>
        <translation>未設定命令。請在繫結設定中設定。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 was not found. Is the server installed? Set the command in the binding settings.</source>
        <translation>找不到 %1。伺服器是否已安裝？請在繫結設定中設定命令。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 could not be started: %2</source>
        <translation>無法啟動 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>%1 did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>%1 未在 %n 秒內完成，已被停止。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>%1 crashed.</source>
        <translation>%1 異常終止。</translation>
    </message>
</context>
<context>
    <name>ServerFiles</name>
    <message>
        <location filename="../../model/pfx/ServerFiles.cpp" line="+35" />
        <location line="+7" />
        <source>The .p7b bundle could not be made.</source>
        <translation>無法建立 .p7b 套件。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The .p7b bundle could not be encoded.</source>
        <translation>無法編碼 .p7b 套件。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The private key is not available.</source>
        <translation>無法取得私密金鑰。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The private key could not be written.</source>
        <translation>無法寫入私密金鑰。</translation>
    </message>
    <message>
        <location line="+13" />
        <source>There is no certificate to export.</source>
        <translation>沒有可匯出的憑證。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The certificate could not be read again from the store, which changed since it was opened. Refresh the store (F5) and export again.</source>
        <translation>無法從憑證存放區再次讀取此憑證：憑證存放區在開啟後已變更。請重新整理憑證存放區（F5），然後再匯出一次。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>This export needs the private key of %1, and the store does not have it. Export the certificate alone (.cer), or import the key from a backup first.</source>
        <translation>此匯出需要 %1 的私密金鑰，但存放區中沒有。請只匯出憑證 (.cer)，或先從備份匯入金鑰。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The private key in the store does not belong to %1.</source>
        <translation>存放區中的私密金鑰不屬於 %1。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Type a password for the key file, or choose to write it unencrypted.</source>
        <translation>請輸入金鑰檔案的密碼，或選擇以未加密方式寫入。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>private key</source>
        <translation>私密金鑰</translation>
    </message>
    <message>
        <location line="+11" />
        <source>PFX</source>
        <translation>PFX</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+3" />
        <location line="+17" />
        <source>certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location line="-11" />
        <source>certificate bundle</source>
        <translation>憑證套件</translation>
    </message>
    <message>
        <location line="+5" />
        <source>certificate and intermediates</source>
        <translation>憑證與中繼憑證</translation>
    </message>
    <message>
        <location line="+8" />
        <source>chain</source>
        <translation>憑證鏈</translation>
    </message>
</context>
<context>
    <name>ServerTypeText</name>
    <message>
        <location filename="../../model/binding/ServerType.cpp" line="+35" />
        <source>nginx</source>
        <translation>nginx</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Apache HTTP Server</source>
        <translation>Apache HTTP Server</translation>
    </message>
    <message>
        <location line="+2" />
        <source>IIS</source>
        <translation>IIS</translation>
    </message>
</context>
<context>
    <name>Site</name>
    <message>
        <location filename="../../model/binding/Site.cpp" line="+12" />
        <source>(default site)</source>
        <translation>（預設站台）</translation>
    </message>
    <message>
        <location line="+7" />
        <source>any port</source>
        <translation>任何連接埠</translation>
    </message>
    <message>
        <location line="+4" />
        <source> (https)</source>
        <translation> (https)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>default port</source>
        <translation>預設連接埠</translation>
    </message>
</context>
<context>
    <name>StoreFileReader</name>
    <message>
        <location filename="../../platform/pemdir/StoreFileReader.cpp" line="+136" />
        <location line="+18" />
        <source>The file is larger than a certificate can be.</source>
        <translation>檔案太大，不可能是憑證。</translation>
    </message>
</context>
<context>
    <name>StoreKindText</name>
    <message>
        <location filename="../../model/StoreKind.cpp" line="+10" />
        <source>Personal</source>
        <translation>個人</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Trusted Root Certification Authorities</source>
        <translation>信任的根憑證授權單位</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Intermediate Certification Authorities</source>
        <translation>中繼憑證授權單位</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Certificate Enrollment Requests</source>
        <translation>憑證註冊要求</translation>
    </message>
</context>
<context>
    <name>StoreLocator</name>
    <message>
        <location filename="../../platform/store/StoreLocator.cpp" line="+23" />
        <source>The Windows certificate stores (%1) exist only on Windows. Give a store folder instead, for example --store %2.</source>
        <translation>Windows 憑證存放區（%1）只存在於 Windows 上。請改為指定憑證存放區資料夾，例如 --store %2。</translation>
    </message>
</context>
<context>
    <name>StoreLock</name>
    <message>
        <location filename="../../platform/pemdir/StoreLock.cpp" line="+75" />
        <source>Removed a damaged lock left by a program that was interrupted while it opened the store.</source>
        <translation>已移除程式在開啟存放區時被中斷而遺留的損毀鎖定。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Removed a leftover lock of %1 (process %2), which is no longer running.</source>
        <translation>已移除 %1 遺留的鎖定（處理程序 %2），該處理程序已不在執行中。</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+13" />
        <source>another program</source>
        <translation>其他程式</translation>
    </message>
    <message>
        <location line="-2" />
        <source>The store is in use by %1 (process %2). Close that program or wait until it has finished, then try again. You can still view the store.</source>
        <translation>存放區正由 %1 使用中（處理程序 %2）。請關閉該程式或等它完成後再試一次。您仍可檢視存放區。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>lock file %1, host %2</source>
        <translation>鎖定檔案 %1，主機 %2</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The store folder cannot be written, so it is open read-only. Check the folder's permissions to make changes.</source>
        <translation>無法寫入存放區資料夾，因此以唯讀方式開啟。若要進行變更，請檢查資料夾的權限。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>There is no space left on the disk of the store, so it cannot be changed. Free some disk space and try again; nothing was changed.</source>
        <translation>存放區所在的磁碟已沒有可用空間，因此無法變更存放區。請釋放一些磁碟空間後再試一次；未做任何變更。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>lock file %1: %2 bytes free</source>
        <translation>鎖定檔案 %1：可用空間 %2 位元組</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The store could not be locked for writing.</source>
        <translation>無法鎖定存放區以進行寫入。</translation>
    </message>
</context>
<context>
    <name>TableCsv</name>
    <message>
        <location filename="../../model/expiry/TableCsv.cpp" line="+49" />
        <source>Could not save the inventory to %1. Choose a folder you can write to and try again.</source>
        <translation>無法將清冊儲存到 %1。請選擇您可寫入的資料夾，然後再試一次。</translation>
    </message>
</context>
<context>
    <name>TlsHandshake</name>
    <message>
        <location filename="../../platform/probe/TlsHandshake.cpp" line="+59" />
        <source>The server does not know the name %1: check the SNI name, or the server's configuration for it.</source>
        <translation>伺服器不認得名稱 %1：請檢查 SNI 名稱，或伺服器中此名稱的設定。</translation>
    </message>
    <message>
        <location line="+2" />
        <location line="+90" />
        <source>(none sent)</source>
        <translation>（未傳送）</translation>
    </message>
    <message>
        <location line="-88" />
        <source>The server and CertPilot share no protocol version or cipher, or the server has no certificate for this name.</source>
        <translation>伺服器與 CertPilot 沒有共同的通訊協定版本或加密套件，或伺服器沒有此名稱的憑證。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server and CertPilot share no TLS version.</source>
        <translation>伺服器與 CertPilot 沒有共同的 TLS 版本。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server requires a client certificate.</source>
        <translation>伺服器要求用戶端憑證。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The server had an internal error; its error log says more (often an unreadable key or certificate file).</source>
        <translation>伺服器發生內部錯誤；詳情請見其錯誤記錄檔（常見原因是金鑰或憑證檔案無法讀取）。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>OpenSSL could not start a TLS connection.</source>
        <translation>OpenSSL 無法啟動 TLS 連線。</translation>
    </message>
    <message>
        <location line="+37" />
        <source>The port answered but does not speak TLS. It may be a plain http port, or another service.</source>
        <translation>此連接埠有回應，但不是使用 TLS。可能是一般的 http 連接埠或其他服務。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The server sent: %1</source>
        <translation>伺服器傳送：%1</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The server closed the connection without answering the TLS handshake. The port may not speak TLS, or the server refused the name %1.</source>
        <translation>伺服器未回應 TLS 交握就關閉了連線。此連接埠可能不使用 TLS，或伺服器拒絕了名稱 %1。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The server closed the connection during the TLS handshake.</source>
        <translation>伺服器在 TLS 交握期間關閉了連線。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>The server refused the TLS handshake with the alert "%1" (%2).</source>
        <translation>伺服器以警示「%1」(%2) 拒絕了 TLS 交握。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The TLS handshake failed.</source>
        <translation>TLS 交握失敗。</translation>
    </message>
</context>
<context>
    <name>WindowsCertificateStore</name>
    <message>
        <location filename="../../platform/windows/WindowsCertificateStore.cpp" line="+42" />
        <source>Opening %1 (%2)</source>
        <translation>正在開啟 %1 (%2)</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Local Computer certificate stores (MY, Root, CA, REQUEST)</source>
        <translation>本機電腦憑證存放區 (MY, Root, CA, REQUEST)</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The Local Computer certificate stores can only be changed by an administrator. Start CertPilot with "Run as administrator".</source>
        <translation>只有系統管理員可以變更本機電腦憑證存放區。請以「以系統管理員身分執行」啟動 CertPilot。</translation>
    </message>
    <message>
        <location line="+63" />
        <source>The file of owners and notes is damaged, so they are not shown. Friendly names are unaffected: Windows keeps them.</source>
        <translation>擁有者與附註的檔案已損毀，因此不會顯示。好記的名稱不受影響：它們由 Windows 保存。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Loading the store was cancelled.</source>
        <translation>已取消載入存放區。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The certificate is linked to a private key container that is missing on this computer, so it cannot serve HTTPS. Import its PFX backup, or complete a new request.</source>
        <translation>此憑證連結的私密金鑰容器不在這台電腦上，因此無法提供 HTTPS。請匯入其 PFX 備份，或完成新的憑證要求。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>A pending request made by another program (IIS Manager, certreq). Its request text is not kept in the store; complete it in IIS Manager, or make a new request here.</source>
        <translation>由其他程式（IIS 管理員、certreq）建立的擱置的要求。其要求文字未保存在存放區中；請在 IIS 管理員中完成，或在此建立新的憑證要求。</translation>
    </message>
    <message>
        <location line="+48" />
        <source>The request %1 is no longer in Certificate Enrollment Requests (REQUEST). Refresh the view and try again.</source>
        <translation>要求 %1 已不在「憑證註冊要求」(REQUEST) 中。請重新整理檢視後再試一次。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>CA certificates in this store have no private key.</source>
        <translation>此存放區中的 CA 憑證沒有私密金鑰。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Reading the private key of %1 in %2</source>
        <translation>正在讀取 %2 中 %1 的私密金鑰</translation>
    </message>
    <message>
        <location line="+61" />
        <location line="+18" />
        <source>Invalid document name.</source>
        <translation>文件名稱無效。</translation>
    </message>
    <message>
        <location line="-12" />
        <source>%1 is not a regular file.</source>
        <translation>%1 不是一般檔案。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 is too large.</source>
        <translation>%1 太大。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>The folder %1 cannot be created.</source>
        <translation>無法建立資料夾 %1。</translation>
    </message>
</context>
<context>
    <name>WindowsErrorText</name>
    <message>
        <location filename="../../platform/windows/WindowsErrorText.cpp" line="+125" />
        <source>Run CertPilot as an administrator: the Local Computer certificate stores, machine keys and HTTP.sys bindings can only be changed with administrator rights.</source>
        <translation>請以系統管理員身分執行 CertPilot：本機電腦憑證存放區、電腦金鑰和 HTTP.sys 繫結只能以系統管理員權限變更。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Windows refused access to the private key. Run CertPilot as an administrator; if it still fails, the key was imported without "Mark this key as exportable" and cannot be read.</source>
        <translation>Windows 拒絕存取私密金鑰。請以系統管理員身分執行 CertPilot；若仍失敗，表示金鑰匯入時未勾選「將此金鑰標示為可匯出」，因此無法讀取。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The private key is not exportable, so it cannot be copied or backed up. Import the certificate again from a PFX with "Mark this key as exportable", or make a new request.</source>
        <translation>私密金鑰不可匯出，因此無法複製或備份。請從 PFX 重新匯入憑證並勾選「將此金鑰標示為可匯出」，或建立新的憑證要求。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The private key's container is missing on this computer. The key stays on the machine where the request was made: complete the request there, restore the key from a PFX backup, or make a new request.</source>
        <translation>這台電腦上沒有私密金鑰的容器。金鑰會留在建立要求的電腦上：請在那台電腦上完成要求、從 PFX 備份還原金鑰，或建立新的憑證要求。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>No private key is linked to this certificate. Import it from a PFX that includes the key, or complete the request on the computer where it was made.</source>
        <translation>此憑證沒有連結私密金鑰。請從包含金鑰的 PFX 匯入，或在建立要求的電腦上完成要求。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The private key does not belong to this certificate. Check that the certificate answers this request, or import the matching PFX.</source>
        <translation>私密金鑰不屬於此憑證。請確認此憑證是回應這個要求的憑證，或匯入相符的 PFX。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The item is no longer there. Refresh the view; another program may have removed it.</source>
        <translation>此項目已不存在。請重新整理檢視；可能已被其他程式移除。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>It already exists. Refresh the view and use the existing entry, or remove it first.</source>
        <translation>此項目已存在。請重新整理檢視並使用現有項目，或先將其移除。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Another program is changing the store. Close it (or wait for it to finish) and try again.</source>
        <translation>其他程式正在變更存放區。請關閉該程式（或等它完成）後再試一次。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The chain ends in a root that this computer does not trust. Import the CA's root certificate into Trusted Root Certification Authorities.</source>
        <translation>憑證鏈的根憑證不受這台電腦信任。請將 CA 的根憑證匯入「信任的根憑證授權單位」。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The chain is incomplete. Import the CA's intermediate certificates into Intermediate Certification Authorities.</source>
        <translation>憑證鏈不完整。請將 CA 的中繼憑證匯入「中繼憑證授權單位」。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 failed: Windows reported %2. %3</source>
        <translation>%1 失敗：Windows 回報 %2。%3</translation>
    </message>
</context>
<context>
    <name>WindowsKeyBlob</name>
    <message>
        <location filename="../../platform/windows/WindowsKeyBlob.cpp" line="+18" />
        <source>There is no private key to store.</source>
        <translation>沒有可儲存的私密金鑰。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Windows keeps server keys in CryptoAPI containers, which hold RSA keys only. Make the request with an RSA key (2048 bits or more).</source>
        <translation>Windows 將伺服器金鑰保存在 CryptoAPI 容器中，這種容器只能保存 RSA 金鑰。請使用 RSA 金鑰（2048 位元以上）建立憑證要求。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The private key could not be converted for Windows.</source>
        <translation>無法將私密金鑰轉換為 Windows 格式。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Windows returned a private key CertPilot cannot read.</source>
        <translation>Windows 傳回了 CertPilot 無法讀取的私密金鑰。</translation>
    </message>
</context>
<context>
    <name>WindowsStoreTransaction</name>
    <message>
        <location filename="../../platform/windows/WindowsStoreTransaction.cpp" line="+28" />
        <source>Opening %1 (%2)</source>
        <translation>正在開啟 %1 (%2)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1: %2 (with private key)</source>
        <translation>%1：%2（含私密金鑰）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Some of the change could not be undone; check the stores in certlm.msc: %1</source>
        <translation>部分變更無法復原；請在 certlm.msc 中檢查存放區：%1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>A request is stored together with its private key.</source>
        <translation>憑證要求會與其私密金鑰一起儲存。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>There is no certificate to add.</source>
        <translation>沒有可新增的憑證。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The private key does not belong to %1, so it was not stored. Nothing was changed.</source>
        <translation>私密金鑰不屬於 %1，因此未儲存。未做任何變更。</translation>
    </message>
    <message>
        <location line="+10" />
        <location line="+9" />
        <source>%1 is already in %2. Nothing was changed.</source>
        <translation>%1 已在 %2 中。未做任何變更。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The item %1 is no longer in %2. Refresh the view and try again.</source>
        <translation>項目 %1 已不在 %2 中。請重新整理檢視後再試一次。</translation>
    </message>
    <message>
        <location line="+33" />
        <source>The item %1 is no longer in %2.</source>
        <translation>項目 %1 已不在 %2 中。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Discard the trash record</source>
        <translation>捨棄資源回收筒記錄</translation>
    </message>
    <message>
        <location line="+17" />
        <source>Removing %1</source>
        <translation>正在移除 %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Put back %1</source>
        <translation>放回 %1</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Adding %1 to %2</source>
        <translation>正在將 %1 新增到 %2</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Take %1 out of %2 again</source>
        <translation>再將 %1 從 %2 移除</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Adding the request for %1 to %2</source>
        <translation>正在將 %1 的要求新增到 %2</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Take the request for %1 out again</source>
        <translation>再將 %1 的要求移除</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Finding %1</source>
        <translation>正在尋找 %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Renaming %1</source>
        <translation>正在重新命名 %1</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Give %1 its old friendly name</source>
        <translation>還原 %1 原本的好記的名稱</translation>
    </message>
    <message>
        <location line="+30" />
        <source>%1 is in the store again, so the copy in the trash was not restored.</source>
        <translation>%1 已再次位於存放區中，因此未還原資源回收筒中的複本。</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+13" />
        <source>Restoring %1</source>
        <translation>正在還原 %1</translation>
    </message>
    <message>
        <location line="-9" />
        <source>Remove %1 again</source>
        <translation>再將 %1 移除</translation>
    </message>
</context>
<context>
    <name>WindowsTrash</name>
    <message>
        <location filename="../../platform/windows/WindowsTrash.cpp" line="+67" />
        <location line="+79" />
        <location line="+20" />
        <source>There is no such item in the trash.</source>
        <translation>資源回收筒中沒有此項目。</translation>
    </message>
    <message>
        <location line="-97" />
        <location line="+4" />
        <source>The trash entry is damaged.</source>
        <translation>資源回收筒項目已損毀。</translation>
    </message>
    <message>
        <location line="+31" />
        <source>The trash folder %1 cannot be written, so nothing was removed. Check that CertPilot runs as an administrator.</source>
        <translation>無法寫入資源回收筒資料夾 %1，因此未移除任何項目。請確認 CertPilot 以系統管理員身分執行。</translation>
    </message>
    <message>
        <location line="+50" />
        <source>The trash entry is damaged, so it cannot be restored.</source>
        <translation>資源回收筒項目已損毀，因此無法還原。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The trash entry is empty.</source>
        <translation>資源回收筒項目是空的。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The restored item's trash folder could not be removed.</source>
        <translation>無法移除已還原項目的資源回收筒資料夾。</translation>
    </message>
</context>
<context>
    <name>certpilot::BindApplyPage</name>
    <message>
        <location filename="../../ui/binding/BindApplyPage.cpp" line="+49" />
        <location line="+62" />
        <source>Binding</source>
        <translation>繫結</translation>
    </message>
    <message>
        <location line="-61" />
        <source>CertPilot writes the server's configuration, checks it, reloads the server and asks the site for its certificate. A failed step puts the old configuration back.</source>
        <translation>CertPilot 會寫入伺服器的設定、檢查設定、重新載入伺服器，並向站台要求其憑證。任何步驟失敗時，都會還原舊的設定。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Applying the change to %1...</source>
        <translation>正在將變更套用到 %1...</translation>
    </message>
    <message>
        <location line="+55" />
        <source>Binding Failed</source>
        <translation>繫結失敗</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Bound</source>
        <translation>已繫結</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 now serves %2.</source>
        <translation>%1 現在提供 %2。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The site works, but the binding could not be recorded: %1</source>
        <translation>站台可正常運作，但無法記錄此繫結：%1</translation>
    </message>
</context>
<context>
    <name>certpilot::BindPreviewPage</name>
    <message>
        <location filename="../../ui/binding/BindPreviewPage.cpp" line="+29" />
        <source>Review the Change</source>
        <translation>檢閱變更</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing has changed yet. Apply writes the files and the configuration shown here; any failure restores the previous state.</source>
        <translation>目前尚未變更任何內容。「套用」會寫入此處顯示的檔案與設定；若有任何失敗，會還原先前的狀態。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Apply</source>
        <translation>套用(&amp;A)</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Preparing the change...</source>
        <translation>正在準備變更...</translation>
    </message>
    <message>
        <location line="+45" />
        <source>The site already points at CertPilot's files; only the files change.</source>
        <translation>站台已指向 CertPilot 的檔案；只有檔案會變更。</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%n configuration file(s) will change. The lines marked - are replaced by the lines marked +.</source>
        <translation>
            <numerusform>將變更 %n 個設定檔。標示 - 的行會被標示 + 的行取代。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certpilot::BindServerPage</name>
    <message>
        <location filename="../../ui/binding/BindServerPage.cpp" line="+31" />
        <source>Web Server</source>
        <translation>網頁伺服器</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose the server that serves the site. CertPilot reads its configuration and runs its own test and reload commands.</source>
        <translation>選擇提供此站台的伺服器。CertPilot 會讀取其設定，並執行其測試與重新載入命令。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Browse...</source>
        <translation>瀏覽(&amp;B)...</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Server:</source>
        <translation>伺服器(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Configuration folder:</source>
        <translation>設定資料夾(&amp;C)：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Test command:</source>
        <translation>測試命令(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reload command:</source>
        <translation>重新載入命令(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In the commands, {mainConfig} stands for the main configuration file and {configRoot} for the folder. The certificate files go to a folder of their own, certpilot/ in the configuration folder.</source>
        <translation>在命令中，{mainConfig} 代表主要設定檔，{configRoot} 代表設定資料夾。憑證檔案會放在專屬的資料夾，即設定資料夾中的 certpilot/。</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Configuration Folder</source>
        <translation>設定資料夾</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The folder %1 does not exist. Is %2 installed here?</source>
        <translation>資料夾 %1 不存在。這台電腦是否已安裝 %2？</translation>
    </message>
</context>
<context>
    <name>certpilot::BindSitePage</name>
    <message>
        <location filename="../../ui/binding/BindSitePage.cpp" line="+30" />
        <source>Use the site's &amp;https settings</source>
        <translation>使用站台的 https 設定(&amp;H)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Add an https listener on port:</source>
        <translation>在此連接埠新增 https 接聽程式(&amp;A)：</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+9" />
        <source>Site</source>
        <translation>站台</translation>
    </message>
    <message>
        <location line="-8" />
        <source>Choose the site to serve %1 on.</source>
        <translation>選擇要提供 %1 的站台。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Ports</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Certificate covers</source>
        <translation>憑證涵蓋</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Reading the configuration in %1...</source>
        <translation>正在讀取 %1 中的設定...</translation>
    </message>
    <message>
        <location line="+31" />
        <source>no name</source>
        <translation>無名稱</translation>
    </message>
    <message>
        <location line="+1" />
        <source>every name</source>
        <translation>所有名稱</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 of %2 names</source>
        <translation>%2 個名稱中的 %1 個</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <location line="+8" />
        <source> (suggested)</source>
        <translation> （建議）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The configuration has no sites (server blocks or virtual hosts). Add one, then bind again.</source>
        <translation>設定中沒有站台（server 區塊或虛擬主機）。請新增一個，然後重新繫結。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The suggested site is the one whose names the certificate covers.</source>
        <translation>建議的站台是名稱由此憑證涵蓋的站台。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No site has a name this certificate covers. Check that you chose the right certificate and server.</source>
        <translation>沒有任何站台的名稱由此憑證涵蓋。請確認選擇了正確的憑證和伺服器。</translation>
    </message>
</context>
<context>
    <name>certpilot::BindWizard</name>
    <message>
        <location filename="../../ui/binding/BindWizard.cpp" line="+19" />
        <source>Bind to Site - %1</source>
        <translation>繫結到站台 - %1</translation>
    </message>
</context>
<context>
    <name>certpilot::CaImportFilesPage</name>
    <message>
        <location filename="../../ui/import/CaImportFilesPage.cpp" line="+37" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 (already installed)</source>
        <translation>%1（已安裝）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 (a second copy)</source>
        <translation>%1（第二個複本）</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Add Files...</source>
        <translation>新增檔案(&amp;A)...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Files from Your CA</source>
        <translation>CA 提供的檔案</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add what the CA sent: the cert.zip archive as it came, or its files (root.cer, uca.cer, server.cer; PEM or DER). You can also drop files on this page.</source>
        <translation>加入 CA 寄來的內容：原封不動的 cert.zip 壓縮檔，或其中的檔案 (root.cer、uca.cer、server.cer；PEM 或 DER)。您也可以將檔案拖放到此頁面。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <location line="+0" />
        <source>What it holds</source>
        <translation>內容</translation>
    </message>
    <message>
        <location line="+45" />
        <location line="+69" />
        <source>No files yet.</source>
        <translation>尚無檔案。</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Reading %n file(s) and checking the chains...</source>
        <translation>
            <numerusform>正在讀取 %n 個檔案並檢查憑證鏈...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57" />
        <source>Private key of %1</source>
        <translation>%1 的私密金鑰</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Not imported: see below</source>
        <translation>未匯入：請見下方</translation>
    </message>
    <message>
        <location line="+0" />
        <source>; not all imported: see below</source>
        <translation>；未全部匯入：請見下方</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <location line="+9" />
        <source>Archive, %n file(s)</source>
        <translation>
            <numerusform>壓縮檔，%n 個檔案</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7" />
        <source>Not imported:</source>
        <translation>未匯入：</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>%n certificate(s) to install. Next shows where each one goes.</source>
        <translation>
            <numerusform>有 %n 個憑證要安裝。「下一步」會顯示每個憑證的安裝位置。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Everything in these files is in the store already; there is nothing to install.</source>
        <translation>這些檔案中的所有內容都已在存放區中；沒有需要安裝的項目。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing in these files can be installed.</source>
        <translation>這些檔案中沒有可安裝的內容。</translation>
    </message>
</context>
<context>
    <name>certpilot::CaImportPlanPage</name>
    <message>
        <location filename="../../ui/import/CaImportPlanPage.cpp" line="+32" />
        <source>Trusted Root</source>
        <translation>信任的根憑證授權單位</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Intermediate</source>
        <translation>中繼憑證授權單位</translation>
    </message>
    <message>
        <location line="+18" />
        <source>What Will Be Installed</source>
        <translation>將安裝的項目</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each certificate in chain order, the store it goes to, and its status once everything is installed. Nothing has been changed yet.</source>
        <translation>依憑證鏈順序列出每個憑證、其目標存放區，以及全部安裝後的狀態。目前尚未變更任何內容。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Certificate</source>
        <translation>憑證</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Goes to</source>
        <translation>目標位置</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Flags</source>
        <translation>旗標</translation>
    </message>
    <message>
        <location line="+0" />
        <source>After import</source>
        <translation>匯入後</translation>
    </message>
    <message>
        <location line="+49" />
        <source>(not added)</source>
        <translation>（未新增）</translation>
    </message>
    <message numerus="yes">
        <location line="+26" />
        <source>%n certificate(s) will be installed in one step: all of them, or none.</source>
        <translation>
            <numerusform>%n 個憑證會在單一步驟中安裝：全部安裝，或全部不安裝。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Roots are installed only if you trust them on the next page.</source>
        <translation>根憑證只有在您於下一頁選擇信任後才會安裝。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Not imported:</source>
        <translation>未匯入：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Install</source>
        <translation>安裝(&amp;I)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>From %1; issued by %2; valid until %3.</source>
        <translation>來自 %1；簽發者 %2；有效期至 %3。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>After import: %1. %2</source>
        <translation>匯入後：%1。%2</translation>
    </message>
</context>
<context>
    <name>certpilot::CaImportResultPage</name>
    <message>
        <location filename="../../ui/import/CaImportResultPage.cpp" line="+37" />
        <source>&amp;Verify Installation...</source>
        <translation>驗證安裝(&amp;V)...</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Installing</source>
        <translation>正在安裝</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything is installed in one step: all of it, or nothing.</source>
        <translation>所有項目會在單一步驟中安裝：全部安裝，或全部不安裝。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>Check dates, private key, certification path, purpose and strength of the server certificate, as an administrator does after installing it.</source>
        <translation>檢查伺服器憑證的日期、私密金鑰、憑證路徑、用途和強度，就像系統管理員在安裝後所做的檢查。</translation>
    </message>
    <message numerus="yes">
        <location line="+32" />
        <source>Installing %n certificate(s)...</source>
        <translation>
            <numerusform>正在安裝 %n 個憑證...</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14" />
        <source>Nothing Was Installed</source>
        <translation>未安裝任何項目</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Nothing was imported: %1 The store is as it was before.</source>
        <translation>未匯入任何項目：%1 存放區維持原狀。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Installation Complete</source>
        <translation>安裝完成</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Done:</source>
        <translation>完成：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Complete Certificate Request</source>
        <translation>完成憑證要求</translation>
    </message>
</context>
<context>
    <name>certpilot::CaImportTrustPage</name>
    <message>
        <location filename="../../ui/import/CaImportTrustPage.cpp" line="+22" />
        <source>Security Warning: Trust a Root Certificate?</source>
        <translation>安全性警告：要信任根憑證嗎？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>You are about to install a certificate from a certification authority (CA) as a trusted root.</source>
        <translation>您即將安裝來自憑證授權單位 (CA) 的憑證，作為受信任的根憑證。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CertPilot cannot confirm that a root really comes from the CA it names. Confirm its origin: compare the fingerprints below with the ones your CA publishes on its web site or in its installation manual.&lt;br&gt;&lt;b&gt;If you install a root, every certificate it has issued is trusted in this store.&lt;/b&gt; Installing a root whose fingerprint you have not confirmed is a security risk.</source>
        <translation>CertPilot 無法確認根憑證確實來自它所列出的 CA。請確認其來源：將下方的指紋與 CA 在其網站或安裝手冊中公布的指紋比對。&lt;br&gt;&lt;b&gt;安裝根憑證後，它所簽發的每個憑證都會在此存放區中受信任。&lt;/b&gt;安裝未確認指紋的根憑證有安全性風險。</translation>
    </message>
    <message>
        <location line="+25" />
        <source>&amp;Install</source>
        <translation>安裝(&amp;I)</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Every root shown will be installed into Trusted Root.</source>
        <translation>顯示的所有根憑證都會安裝到「信任的根憑證授權單位」。</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>%n root(s) left unticked will not be installed.</source>
        <translation>
            <numerusform>未勾選的 %n 個根憑證將不會安裝。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <source>The other certificates are installed all the same; until you install their root, their certification path ends below it ("Issuer missing").</source>
        <translation>其他憑證仍會照常安裝；在您安裝其根憑證之前，它們的憑證路徑會停在根憑證之下（「找不到簽發者」）。</translation>
    </message>
</context>
<context>
    <name>certpilot::CaImportWizard</name>
    <message>
        <location filename="../../ui/import/CaImportWizard.cpp" line="+16" />
        <source>Install CA Certificates</source>
        <translation>安裝 CA 憑證</translation>
    </message>
</context>
<context>
    <name>certpilot::CertificateListPane</name>
    <message>
        <location filename="../../ui/CertificateListPane.cpp" line="+32" />
        <source>Filter by name, issuer, thumbprint…</source>
        <translation>依名稱、簽發者、指紋篩選…</translation>
    </message>
    <message>
        <location line="+57" />
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expired 99 day(s) ago</source>
        <translation>已過期 99 天</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Private key</source>
        <translation>私密金鑰</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
</context>
<context>
    <name>certpilot::CertificateTableModel</name>
    <message>
        <location filename="../../model/CertificateTableModel.cpp" line="+119" />
        <source>Pending: waiting for the CA's certificate</source>
        <translation>擱置中：等待 CA 的憑證</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <location line="+38" />
        <source>(request pending)</source>
        <translation>（擱置的要求）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>requested %1</source>
        <translation>要求日期 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11" />
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>已過期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Issued To</source>
        <translation>發給</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Issued By</source>
        <translation>簽發者</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Days left</source>
        <translation>剩餘天數</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Friendly Name</source>
        <translation>好記的名稱</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Private key</source>
        <translation>私密金鑰</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Status</source>
        <translation>狀態</translation>
    </message>
</context>
<context>
    <name>certpilot::ChainCard</name>
    <message>
        <location filename="../../ui/chain/ChainCard.cpp" line="+63" />
        <source>%1
Click, or press Enter, to select this certificate.</source>
        <translation>%1
按一下或按 Enter 鍵以選取此憑證。</translation>
    </message>
    <message>
        <location line="+80" />
        <source>starts in 1 day</source>
        <translation>1 天後生效</translation>
    </message>
    <message numerus="yes">
        <location line="+0" />
        <source>starts in %n days</source>
        <translation>
            <numerusform>%n 天後生效</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5" />
        <source>expired today</source>
        <translation>今天已過期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expired yesterday</source>
        <translation>昨天已過期</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>expired %n days ago</source>
        <translation>
            <numerusform>已過期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3" />
        <source>expires today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>expires in 1 day</source>
        <translation>1 天後到期</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>expires in %n days</source>
        <translation>
            <numerusform>%n 天後到期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Not installed</source>
        <translation>未安裝</translation>
    </message>
    <message>
        <location line="+4" />
        <source>This certificate, trusted root</source>
        <translation>此憑證，受信任的根憑證</translation>
    </message>
    <message>
        <location line="+0" />
        <source>This certificate</source>
        <translation>此憑證</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Trusted root</source>
        <translation>受信任的根憑證</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Root, not trusted</source>
        <translation>根憑證，不受信任</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+4" />
        <source>Intermediate CA</source>
        <translation>中繼 CA</translation>
    </message>
    <message>
        <location line="+8" />
        <location line="+3" />
        <source>Missing issuer certificate</source>
        <translation>缺少簽發者憑證</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Issued by: itself (self-signed)</source>
        <translation>簽發者：自身（自我簽署）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issued by: %1</source>
        <translation>簽發者：%1</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Valid %1 to %2 (%3)</source>
        <translation>有效期自 %1 到 %2（%3）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issued by %1. Valid %2 to %3, %4. %5</source>
        <translation>簽發者 %1。有效期自 %2 到 %3，%4。%5</translation>
    </message>
</context>
<context>
    <name>certpilot::ChainCardView</name>
    <message>
        <location filename="../../ui/chain/ChainCardView.cpp" line="+26" />
        <source>Select a certificate to see its certification path.</source>
        <translation>選取憑證以查看其憑證路徑。</translation>
    </message>
    <message>
        <location line="+39" />
        <source>Checking the certification path…</source>
        <translation>正在檢查憑證路徑…</translation>
    </message>
    <message>
        <location line="+21" />
        <source>There is no certification path to show.</source>
        <translation>沒有可顯示的憑證路徑。</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Trusted: the certificate is itself a trusted root. Click it to select it.</source>
        <translation>受信任：此憑證本身就是受信任的根憑證。按一下以選取。</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Trusted: %n levels from the root down to this certificate. Click a certificate to select it.</source>
        <translation>
            <numerusform>受信任：從根憑證到此憑證共 %n 層。按一下憑證以選取。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2" />
        <source>Not trusted: %1. Click a certificate to select it.</source>
        <translation>不受信任：%1。按一下憑證以選取。</translation>
    </message>
</context>
<context>
    <name>certpilot::ChainConnector</name>
    <message>
        <location filename="../../ui/chain/ChainConnector.cpp" line="+19" />
        <source>missing link</source>
        <translation>缺少連結</translation>
    </message>
    <message>
        <location line="+0" />
        <location line="+30" />
        <source>issued</source>
        <translation>簽發</translation>
    </message>
    <message>
        <location line="+0" />
        <source>issuer not installed</source>
        <translation>未安裝簽發者</translation>
    </message>
</context>
<context>
    <name>certpilot::CompleteRequestDialog</name>
    <message>
        <location filename="../../ui/request/CompleteRequestDialog.cpp" line="+54" />
        <source>&amp;Import PFX Backup...</source>
        <translation>匯入 PFX 備份(&amp;I)...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create &amp;New Request...</source>
        <translation>建立新的憑證要求(&amp;N)...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Complete</source>
        <translation>完成(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Browse...</source>
        <translation>瀏覽(&amp;B)...</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Complete Certificate Request</source>
        <translation>完成憑證要求</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Choose the file the certificate authority sent back: .cer, .crt or .p7b, as text (PEM) or binary (DER). You may choose its root and intermediate files together with it.</source>
        <translation>選擇憑證授權單位傳回的檔案：.cer、.crt 或 .p7b，文字 (PEM) 或二進位 (DER) 格式皆可。您也可以一併選擇其根憑證和中繼憑證檔案。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>server.cer</source>
        <translation>server.cer</translation>
    </message>
    <message>
        <location line="+5" />
        <source>www.example.com 2026</source>
        <translation>www.example.com 2026</translation>
    </message>
    <message>
        <location line="+44" />
        <source>CA's &amp;response:</source>
        <translation>CA 的回應(&amp;R)：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Friendly name:</source>
        <translation>好記的名稱(&amp;F)：</translation>
    </message>
    <message>
        <location line="+34" />
        <location line="+74" />
        <source>No file chosen yet.</source>
        <translation>尚未選擇檔案。</translation>
    </message>
    <message>
        <location line="-35" />
        <source>Choose the CA's Response</source>
        <translation>選擇 CA 的回應</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificates (*.cer *.crt *.pem *.der *.p7b *.p7c);;All files (*)</source>
        <translation>憑證 (*.cer *.crt *.pem *.der *.p7b *.p7c);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+37" />
        <source>Reading the response and looking for its private key...</source>
        <translation>正在讀取回應並尋找其私密金鑰...</translation>
    </message>
    <message>
        <location line="+22" />
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Ready to complete the request for %1.</source>
        <translation>已可完成 %1 的憑證要求。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Completing the request...</source>
        <translation>正在完成憑證要求...</translation>
    </message>
    <message>
        <location line="+25" />
        <source>The request was not completed: %1</source>
        <translation>未完成憑證要求：%1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Request completed.</source>
        <translation>已完成憑證要求。</translation>
    </message>
</context>
<context>
    <name>certpilot::CreateRequestWizard</name>
    <message>
        <location filename="../../ui/request/CreateRequestWizard.cpp" line="+21" />
        <source>Create Certificate Request</source>
        <translation>建立憑證要求</translation>
    </message>
</context>
<context>
    <name>certpilot::DashboardWindow</name>
    <message>
        <location filename="../../ui/dashboard/DashboardWindow.cpp" line="+36" />
        <source>Expiry Dashboard</source>
        <translation>到期儀表板</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;All stores</source>
        <translation>所有存放區(&amp;A)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Also show the root and intermediate CA certificates</source>
        <translation>同時顯示根 CA 和中繼 CA 的憑證</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Reset View</source>
        <translation>重設檢視(&amp;R)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Export CSV…</source>
        <translation>匯出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location line="+56" />
        <source>The owner or notes were not saved: %1</source>
        <translation>未儲存擁有者或附註：%1</translation>
    </message>
    <message>
        <location line="+58" />
        <source>expired: %1</source>
        <translation>已過期：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <location line="+2" />
        <location line="+2" />
        <source>under %1 days: %2</source>
        <translation>少於 %1 天：%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificates: %1</source>
        <translation>憑證：%1</translation>
    </message>
    <message>
        <location line="+16" />
        <location line="+6" />
        <source>Export Inventory</source>
        <translation>匯出清冊</translation>
    </message>
    <message>
        <location line="-5" />
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Inventory saved to %1.</source>
        <translation>已將清冊儲存到 %1。</translation>
    </message>
</context>
<context>
    <name>certpilot::DetailsPane</name>
    <message>
        <location filename="../../ui/DetailsPane.cpp" line="+23" />
        <source>Select a certificate to see its details.</source>
        <translation>選取憑證以查看其詳細資料。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certification Path</source>
        <translation>憑證路徑</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Chain</source>
        <translation>憑證鏈</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Used By</source>
        <translation>使用於</translation>
    </message>
</context>
<context>
    <name>certpilot::DetailsTab</name>
    <message>
        <location filename="../../ui/DetailsTab.cpp" line="+30" />
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Authority Key Identifier (critical)</source>
        <translation>授權金鑰識別元（重要）</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Copy Value</source>
        <translation>複製值(&amp;C)</translation>
    </message>
</context>
<context>
    <name>certpilot::DiagnosticsDialog</name>
    <message>
        <location filename="../../ui/diagnostics/DiagnosticsDialog.cpp" line="+80" />
        <source>Check &amp;Site</source>
        <translation>檢查站台(&amp;S)</translation>
    </message>
    <message>
        <location line="+9" />
        <location line="+208" />
        <source>Diagnose: %1</source>
        <translation>診斷：%1</translation>
    </message>
    <message>
        <location line="-208" />
        <source>Diagnose</source>
        <translation>診斷</translation>
    </message>
    <message>
        <location line="+3" />
        <source>www.example.com or www.example.com:8443</source>
        <translation>www.example.com 或 www.example.com:8443</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Live site:</source>
        <translation>線上站台(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Optional. With a host name the live site is checked too: the certificate it serves, its chain, the protocol.</source>
        <translation>選用。輸入主機名稱時也會檢查線上站台：它提供的憑證、憑證鏈和通訊協定。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Live sites cannot be checked in this build.</source>
        <translation>此版本無法檢查線上站台。</translation>
    </message>
    <message>
        <location line="+27" />
        <location line="+269" />
        <source>&amp;Copy Report</source>
        <translation>複製報告(&amp;C)</translation>
    </message>
    <message>
        <location line="-267" />
        <source>Check &amp;Again</source>
        <translation>重新檢查(&amp;A)</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Checking…</source>
        <translation>正在檢查…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading the private key and verifying the certification path.</source>
        <translation>正在讀取私密金鑰並驗證憑證路徑。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading the private key, verifying the certification path and connecting to %1.</source>
        <translation>正在讀取私密金鑰、驗證憑證路徑並連線到 %1。</translation>
    </message>
    <message>
        <location line="+39" />
        <source>The checks did not run. Try again.</source>
        <translation>檢查未執行。請再試一次。</translation>
    </message>
    <message>
        <location line="+59" />
        <source>The certificate could not be diagnosed.</source>
        <translation>無法診斷此憑證。</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 at %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>%n problem(s) found. Fix first: %1.</source>
        <translation>
            <numerusform>發現 %n 個問題。請先修正：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <location line="+2" />
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="-3" />
        <source>No problem found; read the warnings.</source>
        <translation>未發現問題；請閱讀警告。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>No problem found.</source>
        <translation>未發現問題。</translation>
    </message>
    <message>
        <location line="+31" />
        <source>What to do:</source>
        <translation>處理方式：</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+42" />
        <source>What to do: %1</source>
        <translation>處理方式：%1</translation>
    </message>
    <message>
        <location line="-19" />
        <source>CertPilot: diagnosis</source>
        <translation>CertPilot：診斷</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Certificate (SHA-1): %1</source>
        <translation>憑證 (SHA-1)：%1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Certificate: %1</source>
        <translation>憑證：%1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Thumbprint (SHA-1): %1</source>
        <translation>指紋 (SHA-1)：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Site: %1</source>
        <translation>站台：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checked: %1</source>
        <translation>檢查時間：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>[%1] %2 (%3)</source>
        <translation>[%1] %2 (%3)</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
</context>
<context>
    <name>certpilot::ExpiryReminder</name>
    <message>
        <location filename="../../ui/dashboard/ExpiryReminder.cpp" line="+28" />
        <source>CertPilot: certificate expiry reminders</source>
        <translation>CertPilot：憑證到期提醒</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Open Expiry &amp;Dashboard</source>
        <translation>開啟到期儀表板(&amp;D)</translation>
    </message>
    <message>
        <location line="+43" />
        <source>%1: expired on %2</source>
        <translation>%1：已於 %2 過期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2 days left</source>
        <translation>%1：剩餘 %2 天</translation>
    </message>
    <message>
        <location line="+8" />
        <source>… and %1 more</source>
        <translation>…以及其他 %1 個</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Certificates expiring: %1</source>
        <translation>即將到期的憑證：%1</translation>
    </message>
</context>
<context>
    <name>certpilot::ExpiryTimeline</name>
    <message>
        <location filename="../../ui/dashboard/ExpiryTimeline.cpp" line="+62" />
        <source>Validity (UTC)</source>
        <translation>有效期（UTC）</translation>
    </message>
    <message>
        <location line="+34" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+54" />
        <location line="+253" />
        <source>Expired</source>
        <translation>已過期</translation>
    </message>
    <message>
        <location line="-251" />
        <location line="+2" />
        <location line="+2" />
        <source>Under %1 days</source>
        <translation>少於 %1 天</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 days or more</source>
        <translation>%1 天以上</translation>
    </message>
    <message>
        <location line="+142" />
        <source>+%1 days</source>
        <translation>+%1 天</translation>
    </message>
    <message>
        <location line="+102" />
        <source>Days left: %1</source>
        <translation>剩餘天數：%1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Valid from %1 to %2</source>
        <translation>有效期自 %1 到 %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Thumbprint %1</source>
        <translation>指紋 %1</translation>
    </message>
</context>
<context>
    <name>certpilot::ExportFilePage</name>
    <message>
        <location filename="../../ui/pfx/ExportFilePage.cpp" line="+30" />
        <source>B&amp;rowse...</source>
        <translation>瀏覽(&amp;R)...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;place the existing files</source>
        <translation>取代現有的檔案(&amp;P)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>File to Export</source>
        <translation>要匯出的檔案</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export</source>
        <translation>匯出(&amp;E)</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Choose a folder; the files are written into it with the names the web server's guides use.</source>
        <translation>選擇資料夾；檔案會以網頁伺服器說明文件所用的名稱寫入其中。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Choose the file name.</source>
        <translation>選擇檔案名稱。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Type a name or choose one with Browse.</source>
        <translation>輸入名稱，或按「瀏覽」選擇。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>%1 (exists)</source>
        <translation>%1（已存在）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Files to write:</source>
        <translation>要寫入的檔案：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The folder %1 does not exist.</source>
        <translation>資料夾 %1 不存在。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Folder for the Files</source>
        <translation>存放檔案的資料夾</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export As</source>
        <translation>匯出為</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>%1 檔案 (*.%2);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>certpilot::ExportFormatPage</name>
    <message>
        <location filename="../../ui/pfx/ExportFormatPage.cpp" line="+26" />
        <source>Certification path: %1.</source>
        <translation>憑證路徑：%1。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The issuer "%1" is not in the store, so the exported chain will be incomplete.</source>
        <translation>簽發者「%1」不在存放區中，因此匯出的憑證鏈將不完整。</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Include all certificates in the certification &amp;path</source>
        <translation>包含憑證路徑中的所有憑證(&amp;P)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Include the &amp;root certificate</source>
        <translation>包含根憑證(&amp;R)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Export File Format</source>
        <translation>匯出檔案格式</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The store has no private key for this certificate.</source>
        <translation>存放區中沒有此憑證的私密金鑰。</translation>
    </message>
    <message>
        <location line="+17" />
        <source>The store has no private key for this certificate, so only the certificate can be exported.</source>
        <translation>存放區中沒有此憑證的私密金鑰，因此只能匯出憑證。</translation>
    </message>
    <message>
        <location line="+32" />
        <source>Export %1 (thumbprint %2).</source>
        <translation>匯出 %1（指紋 %2）。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The certification path is taken from the store when the files are written.</source>
        <translation>寫入檔案時，會從存放區取得憑證路徑。</translation>
    </message>
</context>
<context>
    <name>certpilot::ExportProtectionPage</name>
    <message>
        <location filename="../../ui/pfx/ExportProtectionPage.cpp" line="+23" />
        <source>Show the exact &amp;algorithms</source>
        <translation>顯示確切的演算法(&amp;A)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Encrypt the private key with a password</source>
        <translation>以密碼加密私密金鑰(&amp;E)</translation>
    </message>
    <message>
        <location line="+21" />
        <source>&amp;Compatibility:</source>
        <translation>相容性(&amp;C)：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Friendly name:</source>
        <translation>好記的名稱(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Security and Compatibility</source>
        <translation>安全性與相容性</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Private Key Protection</source>
        <translation>私密金鑰保護</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Choose who must be able to open the file, and a password that protects the private key in it.</source>
        <translation>選擇哪些程式必須能開啟此檔案，並設定保護其中私密金鑰的密碼。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The private key file can be encrypted with a password.</source>
        <translation>私密金鑰檔案可以用密碼加密。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Untick only if the program that reads the key cannot ask for a password.</source>
        <translation>只有在讀取金鑰的程式無法要求輸入密碼時，才取消勾選。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 reads the key when it starts. An encrypted key makes it ask for the password (%2); untick to write the key unencrypted, readable only by you (0600), as most servers use it.</source>
        <translation>%1 會在啟動時讀取金鑰。金鑰加密後，它會要求輸入密碼 (%2)；取消勾選則以未加密方式寫入金鑰，僅限您本人讀取 (0600)，這是大多數伺服器的用法。</translation>
    </message>
</context>
<context>
    <name>certpilot::ExportResultPage</name>
    <message>
        <location filename="../../ui/pfx/ExportResultPage.cpp" line="+36" />
        <location line="+48" />
        <source>Exporting</source>
        <translation>正在匯出</translation>
    </message>
    <message>
        <location line="-47" />
        <source>The files are written, then read back the way their users will read them.</source>
        <translation>檔案寫入後，會以其使用者讀取的方式重新讀回。</translation>
    </message>
    <message>
        <location line="+60" />
        <source>Encrypting the PFX file and reading it back with the same password...</source>
        <translation>正在加密 PFX 檔案，並以相同密碼讀回...</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Writing the files and reading them back...</source>
        <translation>正在寫入檔案並讀回...</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Export Complete</source>
        <translation>匯出完成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The export is complete.</source>
        <translation>匯出已完成。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Written:</source>
        <translation>已寫入：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Note:</source>
        <translation>附註：</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Export Failed</source>
        <translation>匯出失敗</translation>
    </message>
</context>
<context>
    <name>certpilot::ExportWizard</name>
    <message>
        <location filename="../../ui/pfx/ExportWizard.cpp" line="+20" />
        <source>Export Certificate - %1</source>
        <translation>匯出憑證 - %1</translation>
    </message>
</context>
<context>
    <name>certpilot::GeneralTab</name>
    <message>
        <location filename="../../ui/GeneralTab.cpp" line="+37" />
        <source>Certificate Information</source>
        <translation>憑證資訊</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Issued to:</source>
        <translation>發給：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issued by:</source>
        <translation>簽發者：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid from:</source>
        <translation>有效期自：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid to:</source>
        <translation>有效期到：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Days left:</source>
        <translation>剩餘天數：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Friendly name:</source>
        <translation>好記的名稱：</translation>
    </message>
    <message>
        <location line="+32" />
        <source>None: expired on %1</source>
        <translation>無：已於 %1 過期</translation>
    </message>
    <message>
        <location line="+3" />
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location line="+4" />
        <source>You have a private key that corresponds to this certificate.</source>
        <translation>您有對應此憑證的私密金鑰。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>There is no private key for this certificate here, so no server can use it. Usually the request was completed on another server, or its pending key was lost. Restore the key from that server or a PFX backup, or make a new request and have the CA re-issue the certificate.</source>
        <translation>這裡沒有此憑證的私密金鑰，因此沒有伺服器能使用它。通常是因為憑證要求是在另一台伺服器上完成，或其擱置的金鑰已遺失。請從該伺服器或 PFX 備份還原金鑰，或建立新的憑證要求並請 CA 重新簽發憑證。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>A CA certificate: no private key is needed here.</source>
        <translation>CA 憑證：這裡不需要私密金鑰。</translation>
    </message>
    <message>
        <location line="+30" />
        <source>Checking the certification path…</source>
        <translation>正在檢查憑證路徑…</translation>
    </message>
</context>
<context>
    <name>certpilot::GuiStartup</name>
    <message>
        <location filename="../../app/gui/GuiStartup.cpp" line="+44" />
        <source>The demo folder %1 holds files that are not a CertPilot store, so it was left alone. Move them away and try again.</source>
        <translation>示範資料夾 %1 含有不屬於 CertPilot 存放區的檔案，因此未予變更。請將這些檔案移走後再試一次。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>The old demo store in %1 could not be removed.</source>
        <translation>無法移除 %1 中的舊示範存放區。</translation>
    </message>
    <message>
        <location line="+36" />
        <source>Creating example certificates…</source>
        <translation>正在建立範例憑證…</translation>
    </message>
    <message>
        <location line="+2" />
        <location filename="../../app/gui/main.cpp" line="+119" />
        <source>CertPilot</source>
        <translation>CertPilot</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Example Store</source>
        <translation>範例存放區</translation>
    </message>
    <message>
        <location line="+12" />
        <source>Open Store</source>
        <translation>開啟存放區</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="-82" />
        <source>%1 is a file. --demo needs a new or empty folder.</source>
        <translation>%1 是檔案。--demo 需要新的或空的資料夾。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>--demo fills a new store with example certificates, but %1 is not empty. Give a new or empty folder with --store, or leave out --store to use the separate demo store.</source>
        <translation>--demo 會在新的存放區中填入範例憑證，但 %1 不是空的。請以 --store 指定新的或空的資料夾，或省略 --store 以使用獨立的示範存放區。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Manages TLS server certificates.</source>
        <translation>管理 TLS 伺服器憑證。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Print the version and exit.</source>
        <translation>顯示版本後結束。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open the store in DIR (default: %1).</source>
        <translation>開啟 DIR 中的存放區（預設：%1）。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Open a store filled with example certificates (made anew each time, apart from your own store).</source>
        <translation>開啟已填入範例憑證的存放區（每次重新建立，與您自己的存放區分開）。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Certificate files, a CA's cert.zip or PFX backups to open.</source>
        <translation>要開啟的憑證檔案、CA 的 cert.zip 或 PFX 備份。</translation>
    </message>
</context>
<context>
    <name>certpilot::HelpWindow</name>
    <message>
        <location filename="../../ui/help/HelpWindow.cpp" line="+66" />
        <source>CertPilot Help</source>
        <translation>CertPilot 說明</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Back</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Forward</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Contents</source>
        <translation>目錄</translation>
    </message>
</context>
<context>
    <name>certpilot::ImportPfxContentsPage</name>
    <message>
        <location filename="../../ui/pfx/ImportPfxContentsPage.cpp" line="+37" />
        <source>F&amp;riendly name:</source>
        <translation>好記的名稱(&amp;R)：</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Contents of the File</source>
        <translation>檔案內容</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Opening the file with the password...</source>
        <translation>正在以密碼開啟檔案...</translation>
    </message>
    <message>
        <location line="+46" />
        <source>The file opens with the password. It holds the private key of this certificate:</source>
        <translation>檔案可用此密碼開啟。其中包含此憑證的私密金鑰：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&lt;b&gt;%1&lt;/b&gt;, issued by %2, expires %3, thumbprint %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，簽發者 %2，到期日 %3，指紋 %4</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;rarr; %1: already there with its private key.</source>
        <translation>&amp;rarr; %1：已存在，且含私密金鑰。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;rarr; %1: the certificate is there already; its private key is added.</source>
        <translation>&amp;rarr; %1：憑證已存在；將新增其私密金鑰。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;rarr; %1, with its private key.</source>
        <translation>&amp;rarr; %1，含私密金鑰。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>(already there)</source>
        <translation>（已存在）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(only if you trust it, on the next page)</source>
        <translation>（僅在您於下一頁選擇信任時）</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The certificates of its chain:</source>
        <translation>其憑證鏈中的憑證：</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Note:</source>
        <translation>附註：</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Everything in this file is in the store already; there is nothing to import.</source>
        <translation>此檔案中的所有內容都已在存放區中；沒有需要匯入的項目。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Go Back to type it again.</source>
        <translation>請按「上一步」重新輸入。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was imported.</source>
        <translation>未匯入任何項目。</translation>
    </message>
</context>
<context>
    <name>certpilot::ImportPfxFilePage</name>
    <message>
        <location filename="../../ui/pfx/ImportPfxFilePage.cpp" line="+22" />
        <source>B&amp;rowse...</source>
        <translation>瀏覽(&amp;R)...</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Mark this key as exportable</source>
        <translation>將此金鑰標示為可匯出(&amp;M)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>File to Import</source>
        <translation>要匯入的檔案</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A PFX (.pfx or .p12) backup holds a certificate with its private key, and often the CA certificates of its chain.</source>
        <translation>PFX (.pfx 或 .p12) 備份包含憑證及其私密金鑰，通常也包含其憑證鏈中的 CA 憑證。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>On Windows, a key not marked exportable can never be backed up again from the certificate store. CertPilot's PEM store keeps every key in a file, so here the choice is recorded in the certificate's notes and applied when the certificate moves to a Windows store.</source>
        <translation>在 Windows 上，未標示為可匯出的金鑰日後將無法再從憑證存放區備份。CertPilot 的 PEM 存放區將每個金鑰保存在檔案中，因此這裡的選擇會記錄在憑證的附註中，並在憑證移至 Windows 存放區時套用。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>The password that was set when the file was exported. Some files have none: leave the field empty for those.</source>
        <translation>匯出檔案時設定的密碼。有些檔案沒有密碼：此時請將欄位留空。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;File:</source>
        <translation>檔案(&amp;F)：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Open PFX Backup</source>
        <translation>開啟 PFX 備份</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PFX backups (*.pfx *.p12);;All files (*)</source>
        <translation>PFX 備份 (*.pfx *.p12);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>certpilot::ImportPfxResultPage</name>
    <message>
        <location filename="../../ui/pfx/ImportPfxResultPage.cpp" line="+23" />
        <source>Importing</source>
        <translation>正在匯入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Everything is added in one step: all of it, or nothing.</source>
        <translation>所有項目會在單一步驟中新增：全部新增，或全部不新增。</translation>
    </message>
    <message>
        <location line="+22" />
        <source>Adding to the store...</source>
        <translation>正在新增到存放區...</translation>
    </message>
    <message>
        <location line="+9" />
        <source>%1 with its private key &amp;rarr; %2</source>
        <translation>%1（含私密金鑰）&amp;rarr; %2</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Import Failed</source>
        <translation>匯入失敗</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing was imported: %1</source>
        <translation>未匯入任何項目：%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Import Complete</source>
        <translation>匯入完成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Imported:</source>
        <translation>已匯入：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Bind the certificate to its web site again to use it.</source>
        <translation>若要使用此憑證，請將它重新繫結到其網站。</translation>
    </message>
</context>
<context>
    <name>certpilot::ImportPfxTrustPage</name>
    <message>
        <location filename="../../ui/pfx/ImportPfxTrustPage.cpp" line="+18" />
        <source>Trust the Root Certificate?</source>
        <translation>要信任根憑證嗎？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The file contains a root certificate that this store does not trust yet.</source>
        <translation>此檔案包含此存放區尚未信任的根憑證。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Import</source>
        <translation>匯入(&amp;I)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>If you leave the box unticked, the certificate, its private key and the intermediate certificates are imported all the same; the chain then shows "root not trusted" until you install the root.</source>
        <translation>如果不勾選此方塊，憑證、其私密金鑰和中繼憑證仍會照常匯入；在您安裝根憑證之前，憑證鏈會顯示「根憑證不受信任」。</translation>
    </message>
</context>
<context>
    <name>certpilot::ImportPfxWizard</name>
    <message>
        <location filename="../../ui/pfx/ImportPfxWizard.cpp" line="+18" />
        <source>Import PFX Backup</source>
        <translation>匯入 PFX 備份</translation>
    </message>
</context>
<context>
    <name>certpilot::InfoBar</name>
    <message>
        <location filename="../../ui/InfoBar.cpp" line="+40" />
        <source>Details…</source>
        <translation>詳細資料…</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
</context>
<context>
    <name>certpilot::InventoryModel</name>
    <message>
        <location filename="../../ui/dashboard/InventoryModel.cpp" line="+109" />
        <source>Issued To</source>
        <translation>發給</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Subject Alternative Names</source>
        <translation>主體別名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requested</source>
        <translation>要求日期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issued</source>
        <translation>簽發日期</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Expires</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Days Left</source>
        <translation>剩餘天數</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Owner</source>
        <translation>擁有者</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>附註</translation>
    </message>
    <message>
        <location line="+55" />
        <source>pending</source>
        <translation>擱置</translation>
    </message>
</context>
<context>
    <name>certpilot::MainActions</name>
    <message>
        <location filename="../../ui/MainActions.cpp" line="+32" />
        <source>&amp;Open Store…</source>
        <translation>開啟存放區(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Import Certificates…</source>
        <translation>匯入憑證(&amp;I)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Import &amp;PFX…</source>
        <translation>匯入 PFX(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Export…</source>
        <translation>匯出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Refresh</source>
        <translation>重新整理(&amp;R)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Copy &amp;Thumbprint</source>
        <translation>複製指紋(&amp;T)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show &amp;Trash…</source>
        <translation>顯示資源回收筒(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;About CertPilot</source>
        <translation>關於 CertPilot(&amp;A)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Preferences…</source>
        <translation>喜好設定(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Create Certificate &amp;Request…</source>
        <translation>建立憑證要求(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>C&amp;omplete Certificate Request…</source>
        <translation>完成憑證要求(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Verify Installation…</source>
        <translation>驗證安裝(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Bind to Site…</source>
        <translation>繫結到站台(&amp;B)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check &amp;Site…</source>
        <translation>檢查站台(&amp;S)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Dia&amp;gnose…</source>
        <translation>診斷(&amp;G)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+G</source>
        <translation>Ctrl+Shift+G</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Re&amp;new…</source>
        <translation>更新(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Expiry &amp;Dashboard</source>
        <translation>到期儀表板(&amp;D)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+2" />
        <source>CertPilot &amp;Help</source>
        <translation>CertPilot 說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>New Request</source>
        <translation>新憑證要求</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Bind</source>
        <translation>繫結</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check Site</source>
        <translation>檢查站台</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Verify</source>
        <translation>驗證</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Make a private key and a certificate request (CSR) to send to your CA</source>
        <translation>建立私密金鑰和憑證要求 (CSR)，以傳送給您的 CA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pair the certificate your CA sent with the pending request's private key</source>
        <translation>將 CA 寄來的憑證與擱置的要求之私密金鑰配對</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Restore a certificate with its private key from a .pfx or .p12 backup</source>
        <translation>從 .pfx 或 .p12 備份還原憑證及其私密金鑰</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Back up the selected certificate as PFX, or save it for nginx or Apache</source>
        <translation>將選取的憑證備份為 PFX，或儲存供 nginx 或 Apache 使用</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Renew the selected certificate step by step: request, CA, sites, backup</source>
        <translation>逐步更新選取的憑證：憑證要求、CA、站台、備份</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Run the troubleshooting checks for the selected certificate and its site</source>
        <translation>對選取的憑證及其站台執行疑難排解檢查</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check dates, private key, chain and usage of the selected certificate</source>
        <translation>檢查選取憑證的日期、私密金鑰、憑證鏈和用途</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Use the selected certificate for an nginx or Apache site</source>
        <translation>將選取的憑證用於 nginx 或 Apache 站台</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Connect to a site and compare the certificate it serves with the store</source>
        <translation>連線到站台，並將其提供的憑證與存放區比對</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Import certificate files (you can also drop them on the window)</source>
        <translation>匯入憑證檔案（也可以將檔案拖放到視窗上）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the selected item to the store's trash</source>
        <translation>將選取的項目移到存放區的資源回收筒</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy the SHA-1 thumbprint, as IIS and netsh use it</source>
        <translation>複製 SHA-1 指紋（IIS 和 netsh 使用的格式）</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Certificate</source>
        <translation>憑證(&amp;C)</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Site</source>
        <translation>站台(&amp;S)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
</context>
<context>
    <name>certpilot::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+59" />
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+12" />
        <location line="+163" />
        <source>CertPilot</source>
        <translation>CertPilot</translation>
    </message>
    <message>
        <location line="-158" />
        <source>Main Toolbar</source>
        <translation>主要工具列</translation>
    </message>
    <message>
        <location line="+77" />
        <source>Preferences saved. A new language or store is used from the next start.</source>
        <translation>已儲存喜好設定。新的語言或存放區會在下次啟動時使用。</translation>
    </message>
    <message>
        <location line="+105" />
        <source>%1 (read-only) — CertPilot</source>
        <translation>%1（唯讀）— CertPilot</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 — CertPilot</source>
        <translation>%1 — CertPilot</translation>
    </message>
    <message>
        <location line="+17" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Some items in the store could not be read (%1).</source>
        <translation>無法讀取存放區中的部分項目 (%1)。</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Items: %1</source>
        <translation>項目：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Shown: %1 of %2</source>
        <translation>顯示：%1 / %2</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Expired: %1</source>
        <translation>已過期：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Expiring within 30 days: %1</source>
        <translation>30 天內到期：%1</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Import Certificates</source>
        <translation>匯入憑證</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The store is open read-only, so nothing can be imported now.</source>
        <translation>存放區以唯讀方式開啟，因此目前無法匯入任何項目。</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Moved to the trash.</source>
        <translation>已移到資源回收筒。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Copied thumbprint %1.</source>
        <translation>已複製指紋 %1。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>&lt;h3&gt;CertPilot %1&lt;/h3&gt;&lt;p&gt;Manages TLS server certificates: requests, chains, expiry, import and export.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br&gt;%4&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with ABSOLUTELY NO WARRANTY. Charts by QCustomPlot (GPL-3.0).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CertPilot %1&lt;/h3&gt;&lt;p&gt;管理 TLS 伺服器憑證：憑證要求、憑證鏈、到期、匯入與匯出。&lt;/p&gt;&lt;p&gt;Qt %2（以 %3 建置）&lt;br&gt;%4&lt;/p&gt;&lt;p&gt;依 GNU 通用公共授權條款第 3 版或更新版本（GPL-3.0-or-later）授權。本程式不提供任何擔保。圖表由 QCustomPlot（GPL-3.0）繪製。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7" />
        <source>About CertPilot</source>
        <translation>關於 CertPilot</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+17" />
        <source>Open Store</source>
        <translation>開啟存放區</translation>
    </message>
</context>
<context>
    <name>certpilot::PasswordFields</name>
    <message>
        <location filename="../../ui/pfx/PasswordFields.cpp" line="+34" />
        <source>Password strength</source>
        <translation>密碼強度</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Password:</source>
        <translation>密碼(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Confirm password:</source>
        <translation>確認密碼(&amp;C)：</translation>
    </message>
    <message>
        <location line="+51" />
        <source>The two passwords differ.</source>
        <translation>兩次輸入的密碼不同。</translation>
    </message>
</context>
<context>
    <name>certpilot::PathTab</name>
    <message>
        <location filename="../../ui/PathTab.cpp" line="+33" />
        <source>Certificate status:</source>
        <translation>憑證狀態：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Certification path:</source>
        <translation>憑證路徑：</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Checking the certification path…</source>
        <translation>正在檢查憑證路徑…</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Issuer not found: %1</source>
        <translation>找不到簽發者：%1</translation>
    </message>
</context>
<context>
    <name>certpilot::ProbeDialog</name>
    <message>
        <location filename="../../ui/binding/ProbeDialog.cpp" line="+41" />
        <source>&amp;Check</source>
        <translation>檢查(&amp;C)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Check a Live Site</source>
        <translation>檢查線上站台</translation>
    </message>
    <message>
        <location line="+2" />
        <source>www.example.com or www.example.com:8443</source>
        <translation>www.example.com 或 www.example.com:8443</translation>
    </message>
    <message>
        <location line="+5" />
        <source>the host name</source>
        <translation>主機名稱</translation>
    </message>
    <message>
        <location line="+4" />
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+11" />
        <source>&amp;Port:</source>
        <translation>連接埠(&amp;P)：</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Time limit:</source>
        <translation>時間限制(&amp;T)：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Host:</source>
        <translation>主機(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Server name (SNI):</source>
        <translation>伺服器名稱 (SNI)(&amp;S)：</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&lt;p&gt;Enter the site's host name and port, then Check. CertPilot connects like a browser and compares what the server sends with the store.&lt;/p&gt;</source>
        <translation>&lt;p&gt;輸入站台的主機名稱和連接埠，然後按「檢查」。CertPilot 會像瀏覽器一樣連線，並將伺服器傳送的內容與存放區比對。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Check the host</source>
        <translation>檢查主機</translation>
    </message>
    <message>
        <location line="+30" />
        <source>&lt;p&gt;Connecting to %1...&lt;/p&gt;</source>
        <translation>&lt;p&gt;正在連線到 %1...&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 could not be checked</source>
        <translation>無法檢查 %1</translation>
    </message>
</context>
<context>
    <name>certpilot::ProbeReportView</name>
    <message>
        <location filename="../../ui/binding/ProbeReportView.cpp" line="+46" />
        <source>%1 serves a complete, trusted chain.</source>
        <translation>%1 提供完整且受信任的憑證鏈。</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1: %n check(s) failed.</source>
        <translation>
            <numerusform>%1：%n 項檢查失敗。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6" />
        <source>Address</source>
        <translation>位址</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Server name (SNI)</source>
        <translation>伺服器名稱 (SNI)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>none sent</source>
        <translation>未傳送</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Protocol</source>
        <translation>通訊協定</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+0" />
        <source>connect %1 ms, handshake %2 ms</source>
        <translation>連線 %1 ms，交握 %2 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+4" />
        <source>Chain the server sent (%n certificate(s)):</source>
        <translation>
            <numerusform>伺服器傳送的憑證鏈（%n 個憑證）：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4" />
        <source>issued by %1 &amp;middot; expires %2 &amp;middot; SHA-1 %3</source>
        <translation>簽發者 %1 &amp;middot; 到期日 %2 &amp;middot; SHA-1 %3</translation>
    </message>
</context>
<context>
    <name>certpilot::RenewalBanner</name>
    <message>
        <location filename="../../ui/renewal/RenewalBanner.cpp" line="+18" />
        <source>&amp;Continue Renewal…</source>
        <translation>繼續更新憑證(&amp;C)…</translation>
    </message>
    <message>
        <location line="+69" />
        <source>Renewal of %1 in progress. Next step: %2.</source>
        <translation>%1 的憑證更新正在進行中。下一步：%2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 renewals in progress. Renewal of %2, next step: %3.</source>
        <translation>有 %1 個憑證更新正在進行中。%2 的憑證更新，下一步：%3。</translation>
    </message>
</context>
<context>
    <name>certpilot::RenewalStepRow</name>
    <message>
        <location filename="../../ui/renewal/RenewalStepRow.cpp" line="+58" />
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>certpilot::RenewalWindow</name>
    <message>
        <location filename="../../ui/renewal/RenewalWindow.cpp" line="+70" />
        <source>&amp;Roll Back…</source>
        <translation>回復(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Abandon Renewal…</source>
        <translation>放棄憑證更新(&amp;A)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Renew Certificate</source>
        <translation>更新憑證</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Bind the old certificate again to every site that was moved to the new one.</source>
        <translation>將舊憑證重新繫結到每個已改用新憑證的站台。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stop following this renewal. Nothing in the store or on the sites changes.</source>
        <translation>停止追蹤此憑證更新。存放區和站台都不會有任何變更。</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Working on %1 (%2 of %3)…</source>
        <translation>正在處理 %1（第 %2 個，共 %3 個）…</translation>
    </message>
    <message>
        <location line="+47" />
        <source>Reading the renewal state…</source>
        <translation>正在讀取憑證更新狀態…</translation>
    </message>
    <message>
        <location line="+34" />
        <source>The certificate to renew is not in Personal. Select it in the main window and choose Certificate &gt; Renew.</source>
        <translation>要更新的憑證不在「個人」中。請在主視窗中選取它，然後選擇「憑證 &gt; 更新」。</translation>
    </message>
    <message>
        <location line="+40" />
        <source>Renew %1</source>
        <translation>更新 %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Renewal finished on %1. The sites serve the new certificate, valid until %2.</source>
        <translation>憑證更新已於 %1 完成。站台已提供新憑證，有效期到 %2。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>This renewal was abandoned on %1.</source>
        <translation>此憑證更新已於 %1 放棄。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The current certificate expired on %1. Sites that still use it are refused by browsers.</source>
        <translation>目前的憑證已於 %1 過期。仍在使用它的站台會被瀏覽器拒絕。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The current certificate expires on %1 (today).</source>
        <translation>目前的憑證將於 %1（今天）到期。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The current certificate expires on %1 (tomorrow).</source>
        <translation>目前的憑證將於 %1（明天）到期。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The current certificate expires on %1 (%2 days left).</source>
        <translation>目前的憑證將於 %1 到期（剩餘 %2 天）。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Started on %1. Your progress is saved with the store; close this window at any time.</source>
        <translation>已於 %1 開始。您的進度會與存放區一起儲存；您隨時都可以關閉此視窗。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Used by 1 site.</source>
        <translation>由 1 個站台使用。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Used by %1 sites.</source>
        <translation>由 %1 個站台使用。</translation>
    </message>
    <message>
        <location line="+19" />
        <source>Create &amp;Request…</source>
        <translation>建立憑證要求(&amp;R)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Copy Request Text</source>
        <translation>複製憑證要求文字(&amp;C)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Mark as Submitted</source>
        <translation>標示為已送交(&amp;M)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Install CA Certificates…</source>
        <translation>安裝 CA 憑證(&amp;I)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Com&amp;plete Request…</source>
        <translation>完成憑證要求(&amp;P)…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Verify Installation…</source>
        <translation>驗證安裝(&amp;V)…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Re-&amp;bind Sites</source>
        <translation>重新繫結站台(&amp;B)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Check &amp;Again</source>
        <translation>重新檢查(&amp;A)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Check Sites</source>
        <translation>檢查站台(&amp;C)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Export PFX…</source>
        <translation>匯出 PFX(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>S&amp;kip</source>
        <translation>略過(&amp;K)</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Re&amp;tire Old Certificate…</source>
        <translation>淘汰舊憑證(&amp;T)…</translation>
    </message>
    <message>
        <location line="+29" />
        <location line="+129" />
        <source>The renewal state could not be saved: %1</source>
        <translation>無法儲存憑證更新狀態：%1</translation>
    </message>
    <message>
        <location line="-97" />
        <source>The old certificate is no longer in Personal; start the request from Certificate &gt; Create Certificate Request instead.</source>
        <translation>舊憑證已不在「個人」中；請改從「憑證 &gt; 建立憑證要求」開始建立憑證要求。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The request text is on the clipboard: paste it into the CA's renewal form.</source>
        <translation>憑證要求文字已複製到剪貼簿：請將它貼到 CA 的憑證更新表單中。</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Checking the live sites…</source>
        <translation>正在檢查線上站台…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Re-binding the sites: testing each configuration and reloading…</source>
        <translation>正在重新繫結站台：逐一測試設定並重新載入…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Rolling back: binding the old certificate again…</source>
        <translation>正在回復：重新繫結舊憑證…</translation>
    </message>
    <message>
        <location line="+35" />
        <source>Retire Old Certificate</source>
        <translation>淘汰舊憑證</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Move the old certificate of %1 to the trash?</source>
        <translation>要將 %1 的舊憑證移到資源回收筒嗎？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Every recorded site serves the new certificate. The old certificate and its private key go to the store's trash, from where View &gt; Show Trash can restore them.</source>
        <translation>所有已記錄的站台都已提供新憑證。舊憑證及其私密金鑰會移到存放區的資源回收筒，之後可從「檢視 &gt; 顯示資源回收筒」還原。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Move to Trash</source>
        <translation>移到資源回收筒</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Moving the old certificate to the trash…</source>
        <translation>正在將舊憑證移到資源回收筒…</translation>
    </message>
    <message>
        <location line="+22" />
        <location line="+5" />
        <source>Roll Back</source>
        <translation>回復</translation>
    </message>
    <message>
        <location line="-4" />
        <source>Bind the old certificate again to the sites that use the new one?</source>
        <translation>要將舊憑證重新繫結到使用新憑證的站台嗎？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Each site is tested and reloaded with the old certificate, which expires on %1. The new certificate stays in the store; re-bind when the problem is fixed.</source>
        <translation>每個站台都會以舊憑證（將於 %1 到期）進行測試並重新載入。新憑證會保留在存放區中；問題修正後，請重新繫結。</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Abandon Renewal</source>
        <translation>放棄憑證更新</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Stop following the renewal of %1?</source>
        <translation>要停止追蹤 %1 的憑證更新嗎？</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing in the store or on the sites changes: a pending request stays in Requests and the sites keep the certificate they serve now.</source>
        <translation>存放區和站台都不會有任何變更：擱置的要求會保留在「憑證要求」中，站台則繼續使用目前提供的憑證。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Abandon</source>
        <translation>放棄</translation>
    </message>
</context>
<context>
    <name>certpilot::RequestFileDialog</name>
    <message>
        <location filename="../../ui/request/RequestFileDialog.cpp" line="+44" />
        <source>Certificate Request - %1</source>
        <translation>憑證要求 - %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Reading %1...</source>
        <translation>正在讀取 %1...</translation>
    </message>
    <message>
        <location line="+33" />
        <source>%1 cannot be read as a certificate request: %2</source>
        <translation>無法將 %1 讀取為憑證要求：%2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 holds certificates, not a request: they are opened for import.</source>
        <translation>%1 包含的是憑證，不是憑證要求：將開啟這些憑證以進行匯入。</translation>
    </message>
    <message>
        <location line="+4" />
        <source>%1 holds no certificate request. A request file starts with -----BEGIN CERTIFICATE REQUEST-----.</source>
        <translation>%1 不包含憑證要求。憑證要求檔案的開頭是 -----BEGIN CERTIFICATE REQUEST-----。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>This store does not hold the private key of this request, so CertPilot cannot complete it. Complete it where it was made (the server that ran openssl req or IIS), or make a new request here.</source>
        <translation>此存放區沒有此憑證要求的私密金鑰，因此 CertPilot 無法完成它。請在建立要求的地方完成它（執行 openssl req 的伺服器或 IIS），或在這裡建立新的憑證要求。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The request is intact: its signature matches its key.</source>
        <translation>憑證要求完整無損：其簽章與其金鑰相符。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The request's signature does not match its key: the file was changed after it was made. Do not send it to a CA; make a new request.</source>
        <translation>憑證要求的簽章與其金鑰不符：檔案在建立後遭到變更。請不要將它傳送給 CA；請建立新的憑證要求。</translation>
    </message>
</context>
<context>
    <name>certpilot::RequestGenerationPage</name>
    <message>
        <location filename="../../ui/request/RequestGenerationPage.cpp" line="+29" />
        <source>&amp;Try Again</source>
        <translation>重試(&amp;T)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Creating the Request</source>
        <translation>正在建立憑證要求</translation>
    </message>
    <message>
        <location line="+1" />
        <source>A new private key is made on this machine and kept in the Requests store.</source>
        <translation>新的私密金鑰會在這台電腦上產生，並保存在「憑證要求」存放區中。</translation>
    </message>
    <message>
        <location line="+41" />
        <source>Creating the private key (%1) and signing the request. This can take a few seconds; the window stays usable.</source>
        <translation>正在建立私密金鑰 (%1) 並簽署憑證要求。這可能需要幾秒鐘；視窗仍可繼續使用。</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Keeping the private key in the Requests store...</source>
        <translation>正在將私密金鑰保存到「憑證要求」存放區...</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The request was not created, because its private key could not be kept in the store: %1</source>
        <translation>未建立憑證要求，因為無法將其私密金鑰保存在存放區中：%1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>The request is ready.</source>
        <translation>憑證要求已就緒。</translation>
    </message>
    <message>
        <location line="+11" />
        <source>No request was created, and nothing was stored.</source>
        <translation>未建立憑證要求，也未儲存任何內容。</translation>
    </message>
</context>
<context>
    <name>certpilot::RequestKeyPage</name>
    <message>
        <location filename="../../ui/request/RequestKeyPage.cpp" line="+21" />
        <source>Cryptographic Service Provider Properties</source>
        <translation>密碼編譯服務提供者內容</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The kind of private key to create. It stays on this machine, pending in the Requests store, until the CA's certificate is completed.</source>
        <translation>要建立的私密金鑰類型。在完成 CA 的憑證之前，它會以擱置狀態保存在這台電腦的「憑證要求」存放區中。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Create Request</source>
        <translation>建立憑證要求(&amp;C)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>RSA 2048 bits (recommended)</source>
        <translation>RSA 2048 位元（建議）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RSA 3072 bits</source>
        <translation>RSA 3072 位元</translation>
    </message>
    <message>
        <location line="+1" />
        <source>RSA 4096 bits</source>
        <translation>RSA 4096 位元</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ECDSA P-256</source>
        <translation>ECDSA P-256</translation>
    </message>
    <message>
        <location line="+1" />
        <source>ECDSA P-384</source>
        <translation>ECDSA P-384</translation>
    </message>
    <message>
        <location line="+2" />
        <source>SHA-256 (recommended)</source>
        <translation>SHA-256（建議）</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SHA-384</source>
        <translation>SHA-384</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SHA-512</source>
        <translation>SHA-512</translation>
    </message>
    <message>
        <location line="+9" />
        <source>&amp;Key type and size:</source>
        <translation>金鑰類型和大小(&amp;K)：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Signature &amp;hash:</source>
        <translation>簽章雜湊(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The request will ask for</source>
        <translation>此憑證要求的內容</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Common name: %1</source>
        <translation>一般名稱：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Names browsers will accept: %1</source>
        <translation>瀏覽器會接受的名稱：%1</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Organization and place: %1</source>
        <translation>組織和地點：%1</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Accepted by every CA and every client; what IIS creates.</source>
        <translation>所有 CA 和用戶端都接受；也是 IIS 建立的類型。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Stronger than 2048 bits; handshakes are a little slower.</source>
        <translation>比 2048 位元更強；交握稍慢。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The strongest RSA choice; handshakes are slower, and the key takes a few seconds to create.</source>
        <translation>最強的 RSA 選項；交握較慢，且金鑰需要幾秒鐘才能建立。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Small and fast, and supported by current browsers; some old clients and devices cannot use it. Check that your CA issues ECDSA certificates.</source>
        <translation>小巧快速，目前的瀏覽器都支援；部分舊用戶端和裝置無法使用。請確認您的 CA 會簽發 ECDSA 憑證。</translation>
    </message>
</context>
<context>
    <name>certpilot::RequestNamesPage</name>
    <message>
        <location filename="../../ui/request/RequestNamesPage.cpp" line="+33" />
        <source>Subject Alternative Names</source>
        <translation>主體別名</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Browsers check these names, not the common name. List every name users type to reach the site.</source>
        <translation>瀏覽器會檢查這些名稱，而不是一般名稱。請列出使用者連到此站台時會輸入的每個名稱。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;More names, one per line: host names, wildcards such as *.example.com, or IP addresses.</source>
        <translation>更多名稱，每行一個：主機名稱、萬用字元（例如 *.example.com）或 IP 位址(&amp;M)。</translation>
    </message>
    <message>
        <location line="+7" />
        <source>example.com
mail.example.com
192.0.2.10</source>
        <translation>example.com
mail.example.com
192.0.2.10</translation>
    </message>
    <message>
        <location line="+44" />
        <source>Always included: %1 (the common name, as an IP address).</source>
        <translation>一律包含：%1（一般名稱，IP 位址形式）。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Always included: %1 (the common name).</source>
        <translation>一律包含：%1（一般名稱）。</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Add %1</source>
        <translation>新增 %1</translation>
    </message>
</context>
<context>
    <name>certpilot::RequestResultPage</name>
    <message>
        <location filename="../../ui/request/RequestResultPage.cpp" line="+27" />
        <source>C&amp;opy to Clipboard</source>
        <translation>複製到剪貼簿(&amp;O)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Save As...</source>
        <translation>另存新檔(&amp;S)...</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Send the Request to Your CA</source>
        <translation>將憑證要求傳送給您的 CA</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Copy everything from -----BEGIN CERTIFICATE REQUEST----- to -----END CERTIFICATE REQUEST----- into the CA's order form, or save it as a file.</source>
        <translation>將 -----BEGIN CERTIFICATE REQUEST----- 到 -----END CERTIFICATE REQUEST----- 的所有內容複製到 CA 的訂購表單中，或儲存為檔案。</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Check before you submit</source>
        <translation>提交前請檢查</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The CA then checks that you control the domain: usually by an e-mail to admin@, administrator@, webmaster@, hostmaster@ or postmaster@ the domain, by a file placed on the web site, or by a DNS record. When it sends the certificate, use Complete Certificate Request on this machine: the private key is here.</source>
        <translation>CA 接著會確認您擁有該網域的控制權：通常是寄電子郵件到該網域的 admin@、administrator@、webmaster@、hostmaster@ 或 postmaster@，或在網站上放置檔案，或使用 DNS 記錄。收到憑證後，請在這台電腦上使用「完成憑證要求」：私密金鑰在這裡。</translation>
    </message>
    <message>
        <location line="+29" />
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Copied. Paste it into the CA's form.</source>
        <translation>已複製。請貼到 CA 的表單中。</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The request could not be saved to %1: %2</source>
        <translation>無法將憑證要求儲存到 %1：%2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Save Certificate Request</source>
        <translation>儲存憑證要求</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certificate requests (*.csr *.txt);;All files (*)</source>
        <translation>憑證要求 (*.csr *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Saved to %1.</source>
        <translation>已儲存到 %1。</translation>
    </message>
</context>
<context>
    <name>certpilot::RequestSubjectPage</name>
    <message>
        <location filename="../../ui/request/RequestSubjectPage.cpp" line="+22" />
        <source>Distinguished Name Properties</source>
        <translation>辨別名稱內容</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Who the certificate is for. Use English (ASCII) characters only, as CAs require; enter the city and state by their full official names, without abbreviations.</source>
        <translation>憑證的擁有者。依 CA 的要求，只能使用英文 (ASCII) 字元；縣市和州/省請輸入完整的正式名稱，不要使用縮寫。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Common name:</source>
        <translation>一般名稱(&amp;C)：</translation>
    </message>
    <message>
        <location line="+0" />
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The site's host name exactly as users type it, without http:// or a path. *.example.com for a wildcard.</source>
        <translation>使用者輸入的站台主機名稱，須完全相同，不含 http:// 或路徑。萬用字元請用 *.example.com。</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Organization:</source>
        <translation>組織(&amp;O)：</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Example Co., Ltd.</source>
        <translation>Example Co., Ltd.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Your organization's legal name in English; may be an abbreviation.</source>
        <translation>貴組織的英文法定名稱；可以使用縮寫。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Organizational &amp;unit:</source>
        <translation>組織單位(&amp;U)：</translation>
    </message>
    <message>
        <location line="+0" />
        <source>IT Department</source>
        <translation>IT Department</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Optional. Public CAs no longer put it in certificates.</source>
        <translation>選填。公開 CA 已不再將其放入憑證中。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>City/&amp;locality:</source>
        <translation>縣市/地區(&amp;L)：</translation>
    </message>
    <message>
        <location line="+0" />
        <source>TAIPEI</source>
        <translation>TAIPEI</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;State/province:</source>
        <translation>州/省(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>TAIWAN</source>
        <translation>TAIWAN</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Count&amp;ry/region:</source>
        <translation>國家/地區(&amp;R)：</translation>
    </message>
    <message>
        <location line="+0" />
        <source>TW</source>
        <translation>TW</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Only the common name is required. Organization-validated (OV and EV) certificates also need organization, city, state and country exactly as registered.</source>
        <translation>只有一般名稱為必填。組織驗證 (OV 和 EV) 憑證還需要與登記資料完全相符的組織、縣市、州/省和國家/地區。</translation>
    </message>
</context>
<context>
    <name>certpilot::RequestView</name>
    <message>
        <location filename="../../ui/RequestView.cpp" line="+36" />
        <source>Certificate Request (waiting for the CA)</source>
        <translation>憑證要求（等待 CA 回應）</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Subject:</source>
        <translation>主體：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Alternative names:</source>
        <translation>主體別名：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Key:</source>
        <translation>金鑰：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Requested:</source>
        <translation>要求日期：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Request to send to the CA:</source>
        <translation>要傳送給 CA 的憑證要求：</translation>
    </message>
    <message>
        <location line="+11" />
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The private key of this request is kept here, waiting for the certificate the CA issues for it.</source>
        <translation>此憑證要求的私密金鑰保存在這裡，等待 CA 為其簽發的憑證。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The private key of this request is missing: the CA's certificate cannot be used without it. Make a new request.</source>
        <translation>此憑證要求的私密金鑰遺失：沒有它就無法使用 CA 的憑證。請建立新的憑證要求。</translation>
    </message>
</context>
<context>
    <name>certpilot::RootTrustCard</name>
    <message>
        <location filename="../../ui/import/RootTrustCard.cpp" line="+53" />
        <source>Subject:</source>
        <translation>主體：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <location line="+6" />
        <source>SHA-1:</source>
        <translation>SHA-1：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <location line="+2" />
        <source>I have checked the fingerprint: &amp;install this root and trust it</source>
        <translation>我已檢查指紋：安裝此根憑證並信任它(&amp;I)</translation>
    </message>
</context>
<context>
    <name>certpilot::SessionProgress</name>
    <message>
        <location filename="../../ui/SessionProgress.cpp" line="+37" />
        <location line="+9" />
        <source>Loading store…</source>
        <translation>正在載入存放區…</translation>
    </message>
    <message>
        <location line="-7" />
        <source>Loading store… %1/%2</source>
        <translation>正在載入存放區… %1/%2</translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+6" />
        <source>Checking chains… %1/%2</source>
        <translation>正在檢查憑證鏈… %1/%2</translation>
    </message>
</context>
<context>
    <name>certpilot::SettingsDialog</name>
    <message>
        <location filename="../../ui/settings/SettingsDialog.cpp" line="+30" />
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Preferences</source>
        <translation>喜好設定</translation>
    </message>
    <message>
        <location line="+37" />
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Browse…</source>
        <translation>瀏覽(&amp;B)…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Store location:</source>
        <translation>存放區位置(&amp;S)：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>&amp;Remind me of expiring certificates when CertPilot starts</source>
        <translation>CertPilot 啟動時提醒我即將到期的憑證(&amp;R)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>A new language or store location takes effect the next time CertPilot starts. Leave the store location empty to use the default.</source>
        <translation>新的語言或存放區位置會在下次啟動 CertPilot 時生效。將存放區位置留空即使用預設位置。</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Expiry warnings</source>
        <translation>到期警告</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Notice (yellow) under:</source>
        <translation>注意（黃色）少於(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Warning (orange) under:</source>
        <translation>警告（橙色）少於(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Critical (red) under:</source>
        <translation>嚴重（紅色）少於(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>CAs send renewal notices 60 days ahead; renew before the red warning.</source>
        <translation>CA 會在 60 天前寄送更新通知；請在出現紅色警告前更新憑證。</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Defaults</source>
        <translation>預設值</translation>
    </message>
    <message>
        <location line="+8" />
        <source>New request &amp;key:</source>
        <translation>新憑證要求的金鑰(&amp;K)：</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;PFX export for:</source>
        <translation>PFX 匯出相容於(&amp;P)：</translation>
    </message>
    <message>
        <location line="+5" />
        <source> seconds</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+2" />
        <source>How long a site check waits for the connection, and again for the TLS handshake.</source>
        <translation>站台檢查等待連線的時間，以及再等待 TLS 交握的時間。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Site check &amp;time limit:</source>
        <translation>站台檢查時間限制(&amp;T)：</translation>
    </message>
    <message>
        <location line="+52" />
        <source>Store Location</source>
        <translation>存放區位置</translation>
    </message>
</context>
<context>
    <name>certpilot::StoreTreeWidget</name>
    <message>
        <location filename="../../ui/StoreTreeWidget.cpp" line="+53" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>certpilot::StoreView</name>
    <message>
        <location filename="../../ui/StoreView.cpp" line="+41" />
        <source>Trusted Root Certification Authorities (99)</source>
        <translation>信任的根憑證授權單位 (99)</translation>
    </message>
</context>
<context>
    <name>certpilot::TrashDialog</name>
    <message>
        <location filename="../../ui/TrashDialog.cpp" line="+28" />
        <source>&amp;Restore</source>
        <translation>還原(&amp;R)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Trash</source>
        <translation>資源回收筒</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Deleted</source>
        <translation>刪除時間</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Contents</source>
        <translation>內容</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Deleted certificates, requests and keys stay here until you restore them.</source>
        <translation>已刪除的憑證、憑證要求和金鑰會保留在這裡，直到您將其還原。</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Reading the trash…</source>
        <translation>正在讀取資源回收筒…</translation>
    </message>
    <message>
        <location line="+27" />
        <source>The trash is empty.</source>
        <translation>資源回收筒是空的。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>The store is open read-only, so nothing can be restored now.</source>
        <translation>存放區以唯讀方式開啟，因此目前無法還原任何項目。</translation>
    </message>
    <message>
        <location line="+24" />
        <source>Restore</source>
        <translation>還原</translation>
    </message>
</context>
<context>
    <name>certpilot::TrustConfirmationWidget</name>
    <message>
        <location filename="../../ui/pfx/TrustConfirmationWidget.cpp" line="+34" />
        <source>Installing a root certificate is a trust decision: every certificate it has signed will be trusted on this computer. Compare the SHA-256 fingerprint below with the one your CA publishes (on its web site or in its installation manual) before you tick the box.</source>
        <translation>安裝根憑證是一項信任決定：它所簽署的每個憑證都會在這台電腦上受信任。勾選此方塊之前，請將下方的 SHA-256 指紋與 CA 公布的指紋（在其網站或安裝手冊中）比對。</translation>
    </message>
    <message>
        <location line="+27" />
        <source>Root:</source>
        <translation>根憑證：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 to %2</source>
        <translation>%1 到 %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <location line="+1" />
        <source>SHA-1:</source>
        <translation>SHA-1：</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Trust this root: install it into Trusted Root</source>
        <translation>信任此根憑證：將它安裝到「信任的根憑證授權單位」(&amp;T)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Trust these roots: install them into Trusted Root</source>
        <translation>信任這些根憑證：將它們安裝到「信任的根憑證授權單位」(&amp;T)</translation>
    </message>
</context>
<context>
    <name>certpilot::UsedByWidget</name>
    <message>
        <location filename="../../ui/binding/UsedByWidget.cpp" line="+23" />
        <source>Not bound to any site yet.</source>
        <translation>尚未繫結到任何站台。</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Check &amp;Site</source>
        <translation>檢查站台(&amp;S)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Bind to Site...</source>
        <translation>繫結到站台(&amp;B)...</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Site</source>
        <translation>站台</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Checked at</source>
        <translation>檢查時間</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Bound on</source>
        <translation>繫結日期</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+61" />
        <source>not checked</source>
        <translation>未檢查</translation>
    </message>
</context>
<context>
    <name>certpilot::VerifyInstallationDialog</name>
    <message>
        <location filename="../../ui/verify/VerifyInstallationDialog.cpp" line="+48" />
        <source>Passed</source>
        <translation>通過</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Checks</source>
        <translation>檢查項目</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Certification path:</source>
        <translation>憑證路徑：</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+145" />
        <source>Verify Installation: %1</source>
        <translation>驗證安裝：%1</translation>
    </message>
    <message>
        <location line="-144" />
        <source>Verify Installation</source>
        <translation>驗證安裝</translation>
    </message>
    <message>
        <location line="+10" />
        <source>The certification path is shown when the check is done.</source>
        <translation>檢查完成後會顯示憑證路徑。</translation>
    </message>
    <message>
        <location line="+5" />
        <location line="+232" />
        <source>&amp;Copy Report</source>
        <translation>複製報告(&amp;C)</translation>
    </message>
    <message>
        <location line="-230" />
        <source>Check &amp;Again</source>
        <translation>重新檢查(&amp;A)</translation>
    </message>
    <message>
        <location line="+48" />
        <source>Checking the installation…</source>
        <translation>正在檢查安裝…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Reading the private key and verifying the certification path.</source>
        <translation>正在讀取私密金鑰並驗證憑證路徑。</translation>
    </message>
    <message>
        <location line="+47" />
        <source>The check did not run. Try again.</source>
        <translation>檢查未執行。請再試一次。</translation>
    </message>
    <message>
        <location line="+21" />
        <source>The installation could not be checked.</source>
        <translation>無法檢查安裝。</translation>
    </message>
    <message>
        <location line="+15" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>This certificate is ready to bind.</source>
        <translation>此憑證已可繫結。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 passed every check: dates, private key, certification path, server authentication, key and signature.</source>
        <translation>%1 通過所有檢查：日期、私密金鑰、憑證路徑、伺服器驗證、金鑰和簽章。</translation>
    </message>
    <message>
        <location line="+5" />
        <source>This certificate can be bound; read the warnings first.</source>
        <translation>此憑證可以繫結；請先閱讀警告。</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Not ready to bind. Fix first: %1.</source>
        <translation>尚無法繫結。請先修正：%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>%1
%n checks failed in all; see below.</source>
        <translation>
            <numerusform>%1
共有 %n 項檢查失敗；請見下方。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40" />
        <source>CertPilot: installation check</source>
        <translation>CertPilot：安裝檢查</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Certificate (SHA-1): %1</source>
        <translation>憑證 (SHA-1)：%1</translation>
    </message>
    <message>
        <location line="+9" />
        <source>Certificate: %1</source>
        <translation>憑證：%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Friendly name: %1</source>
        <translation>好記的名稱：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Issued by: %1</source>
        <translation>簽發者：%1</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Thumbprint (SHA-1): %1</source>
        <translation>指紋 (SHA-1)：%1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Checked: %1</source>
        <translation>檢查時間：%1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>[%1] %2: %3</source>
        <translation>[%1] %2：%3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Certification path (root first):</source>
        <translation>憑證路徑（根憑證在前）：</translation>
    </message>
    <message>
        <location line="+4" />
        <source>  %1. (missing) %2</source>
        <translation>  %1. (缺少) %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>  %1. %2 (%3): %4</source>
        <translation>  %1. %2 (%3)：%4</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Copied</source>
        <translation>已複製</translation>
    </message>
</context>
<context>
    <name>certpilot::WorkflowLauncher</name>
    <message>
        <location filename="../../ui/WorkflowLauncher.cpp" line="+33" />
        <source>The request and its private key are kept in Requests.</source>
        <translation>憑證要求及其私密金鑰保存在「憑證要求」中。</translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>Installed %n certificate(s).</source>
        <translation>
            <numerusform>已安裝 %n 個憑證。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40" />
        <source>Bound to %1.</source>
        <translation>已繫結到 %1。</translation>
    </message>
</context>
</TS>
